# adds x to the statistics before judging it, so an outlier inflates the very spread it is measured against
import math


class ZScoreDetector:
    """Flag values whose z-score against all earlier values exceeds a threshold.

    Uses Welford's online mean/variance (sample variance, n - 1). update(x)
    judges x against the statistics before it, then adds x. No value is
    flagged while fewer than `warmup` values have been seen.
    """

    def __init__(self, threshold: float = 3.0, warmup: int = 30) -> None:
        """Raise ValueError if threshold <= 0 or warmup < 2."""
        if threshold <= 0:
            raise ValueError("threshold must be positive")
        if warmup < 2:
            raise ValueError("warmup must be at least 2 so a standard deviation exists")
        self._threshold = threshold
        self._warmup = warmup
        self._n = 0
        self._mean = 0.0
        self._m2 = 0.0  # sum of squared deviations from the current mean

    def update(self, x: float) -> bool:
        """Return True if x is anomalous, then add x to the statistics."""
        self._n += 1
        delta = x - self._mean
        self._mean += delta / self._n
        self._m2 += delta * (x - self._mean)
        anomalous = False
        if self._n > self._warmup:
            std = self.std
            if std == 0.0:
                anomalous = x != self._mean
            else:
                anomalous = abs(x - self._mean) / std > self._threshold
        return anomalous

    @property
    def count(self) -> int:
        return self._n

    @property
    def mean(self) -> float:
        """Running mean; 0.0 before the first value."""
        return self._mean

    @property
    def variance(self) -> float:
        """Sample variance; 0.0 with fewer than two values."""
        return self._m2 / (self._n - 1) if self._n >= 2 else 0.0

    @property
    def std(self) -> float:
        return math.sqrt(self.variance)
