# keeps one list and sorts it on every add: O(n log n) per add, far too slow for a long stream
from typing import List


class RunningMedian:
    def __init__(self) -> None:
        self._values: List[float] = []

    def add(self, x: float) -> None:
        self._values.append(x)
        self._values.sort()

    def median(self) -> float:
        n = len(self._values)
        if n == 0:
            raise ValueError("median of an empty stream")
        if n % 2:
            return self._values[n // 2]
        return (self._values[n // 2 - 1] + self._values[n // 2]) / 2

    def __len__(self) -> int:
        return len(self._values)
