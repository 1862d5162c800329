from typing import Optional


class SimpleMovingAverage:
    """Mean of the last `window` values (of all values while fewer have arrived)."""

    def __init__(self, window: int) -> None:
        """Raise ValueError if window < 1."""
        raise NotImplementedError

    def update(self, x: float) -> float:
        """Add x and return the current average, in O(1) time."""
        raise NotImplementedError

    @property
    def value(self) -> Optional[float]:
        """The latest average, or None before the first value."""
        raise NotImplementedError


class ExponentialMovingAverage:
    """ema = alpha * x + (1 - alpha) * ema, initialised with the first value."""

    def __init__(self, alpha: float) -> None:
        """Raise ValueError unless 0 < alpha <= 1."""
        raise NotImplementedError

    def update(self, x: float) -> float:
        """Add x and return the current average."""
        raise NotImplementedError

    @property
    def value(self) -> Optional[float]:
        """The latest average, or None before the first value."""
        raise NotImplementedError
