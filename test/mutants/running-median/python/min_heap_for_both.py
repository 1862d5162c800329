# keeps the lower half in a plain min-heap (no negation), so its top is the smallest value, not the largest
import heapq
from typing import List


class RunningMedian:
    def __init__(self) -> None:
        self._low: List[float] = []
        self._high: List[float] = []

    def add(self, x: float) -> None:
        if self._low and x > self._low[0]:
            heapq.heappush(self._high, x)
        else:
            heapq.heappush(self._low, x)
        if len(self._low) > len(self._high) + 1:
            heapq.heappush(self._high, heapq.heappop(self._low))
        elif len(self._high) > len(self._low):
            heapq.heappush(self._low, heapq.heappop(self._high))

    def median(self) -> float:
        if not self._low:
            raise ValueError("median of an empty stream")
        if len(self._low) > len(self._high):
            return self._low[0]
        return (self._low[0] + self._high[0]) / 2

    def __len__(self) -> int:
        return len(self._low) + len(self._high)
