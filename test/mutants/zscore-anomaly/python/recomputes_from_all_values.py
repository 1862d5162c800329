# stores every value and recomputes the mean and variance from all of them on each update: O(n) per value
import math


class ZScoreDetector:
    def __init__(self, threshold: float = 3.0, warmup: int = 30) -> None:
        if threshold <= 0:
            raise ValueError("threshold must be positive")
        if warmup < 2:
            raise ValueError("warmup must be at least 2 so a standard deviation exists")
        self._threshold = threshold
        self._warmup = warmup
        self._values: list[float] = []

    def update(self, x: float) -> bool:
        anomalous = False
        if len(self._values) >= self._warmup:
            std = self.std
            if std == 0.0:
                anomalous = x != self.mean
            else:
                anomalous = abs(x - self.mean) / std > self._threshold
        self._values.append(x)
        return anomalous

    @property
    def count(self) -> int:
        return len(self._values)

    @property
    def mean(self) -> float:
        return sum(self._values) / len(self._values) if self._values else 0.0

    @property
    def variance(self) -> float:
        n = len(self._values)
        if n < 2:
            return 0.0
        mean = self.mean
        return sum((v - mean) ** 2 for v in self._values) / (n - 1)

    @property
    def std(self) -> float:
        return math.sqrt(self.variance)
