class ZScoreDetector:
    """Flag values whose z-score against all earlier values exceeds a threshold.

    Uses Welford's online mean/variance (sample variance, n - 1). update(x)
    judges x against the statistics before it, then adds x. No value is
    flagged while fewer than `warmup` values have been seen.
    """

    def __init__(self, threshold: float = 3.0, warmup: int = 30) -> None:
        """Raise ValueError if threshold <= 0 or warmup < 2."""
        raise NotImplementedError

    def update(self, x: float) -> bool:
        """Return True if x is anomalous, then add x to the statistics."""
        raise NotImplementedError

    @property
    def count(self) -> int:
        raise NotImplementedError

    @property
    def mean(self) -> float:
        """Running mean; 0.0 before the first value."""
        raise NotImplementedError

    @property
    def variance(self) -> float:
        """Sample variance; 0.0 with fewer than two values."""
        raise NotImplementedError

    @property
    def std(self) -> float:
        raise NotImplementedError
