# O(window) per update: sums the whole window again on every update
from collections import deque
from typing import Optional


class SimpleMovingAverage:
    """Mean of the last `window` values (of all values while fewer have arrived)."""

    def __init__(self, window: int) -> None:
        """Raise ValueError if window < 1."""
        if window < 1:
            raise ValueError("window must be >= 1")
        self._window = window
        self._items: deque = deque()
        self._sum = 0.0
        self._value: Optional[float] = None

    def update(self, x: float) -> float:
        """Add x and return the current average, in O(1) time."""
        self._items.append(x)
        self._sum += x
        if len(self._items) > self._window:
            self._sum -= self._items.popleft()
        self._value = sum(self._items) / len(self._items)
        return self._value

    @property
    def value(self) -> Optional[float]:
        """The latest average, or None before the first value."""
        return self._value


class ExponentialMovingAverage:
    """ema = alpha * x + (1 - alpha) * ema, initialised with the first value."""

    def __init__(self, alpha: float) -> None:
        """Raise ValueError unless 0 < alpha <= 1."""
        if not 0 < alpha <= 1:
            raise ValueError("alpha must be in (0, 1]")
        self._alpha = alpha
        self._value: Optional[float] = None

    def update(self, x: float) -> float:
        """Add x and return the current average."""
        if self._value is None:
            self._value = float(x)
        else:
            self._value = self._alpha * x + (1 - self._alpha) * self._value
        return self._value

    @property
    def value(self) -> Optional[float]:
        """The latest average, or None before the first value."""
        return self._value
