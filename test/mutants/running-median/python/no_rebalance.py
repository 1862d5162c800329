# never rebalances the two heaps, so after skewed input the heap tops are not the middle values
import heapq
from typing import List


class RunningMedian:
    """Two heaps: the lower half as a max-heap (negated values), the upper half as a min-heap.

    The lower half holds the same number of values as the upper half, or one more.
    """

    def __init__(self) -> None:
        self._low: List[float] = []  # negated, so -self._low[0] is the largest of the lower half
        self._high: List[float] = []  # self._high[0] is the smallest of the upper half

    def add(self, x: float) -> None:
        if self._low and x > -self._low[0]:
            heapq.heappush(self._high, x)
        else:
            heapq.heappush(self._low, -x)

    def median(self) -> float:
        if not self._low:
            raise ValueError("median of an empty stream")
        if len(self._low) > len(self._high):
            return -self._low[0]
        return (-self._low[0] + self._high[0]) / 2

    def __len__(self) -> int:
        return len(self._low) + len(self._high)
