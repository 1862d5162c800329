# keeps running sums of x and x^2 instead of Welford's algorithm: large, close values lose all precision
import math


class ZScoreDetector:
    def __init__(self, threshold: float = 3.0, warmup: int = 30) -> None:
        if threshold <= 0:
            raise ValueError("threshold must be positive")
        if warmup < 2:
            raise ValueError("warmup must be at least 2 so a standard deviation exists")
        self._threshold = threshold
        self._warmup = warmup
        self._n = 0
        self._sum = 0.0
        self._sum_sq = 0.0

    def update(self, x: float) -> bool:
        anomalous = False
        if self._n >= self._warmup:
            std = self.std
            if std == 0.0:
                anomalous = x != self.mean
            else:
                anomalous = abs(x - self.mean) / std > self._threshold
        self._n += 1
        self._sum += x
        self._sum_sq += x * x
        return anomalous

    @property
    def count(self) -> int:
        return self._n

    @property
    def mean(self) -> float:
        return self._sum / self._n if self._n else 0.0

    @property
    def variance(self) -> float:
        if self._n < 2:
            return 0.0
        return max(0.0, (self._sum_sq - self._sum * self._sum / self._n) / (self._n - 1))

    @property
    def std(self) -> float:
        return math.sqrt(self.variance)
