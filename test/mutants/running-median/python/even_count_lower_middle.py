# for an even count returns the lower middle value instead of the mean of the two middle values
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
        # Rebalance so that len(low) is len(high) or len(high) + 1.
        if len(self._low) > len(self._high) + 1:
            heapq.heappush(self._high, -heapq.heappop(self._low))
        elif len(self._high) > len(self._low):
            heapq.heappush(self._low, -heapq.heappop(self._high))

    def median(self) -> float:
        if not self._low:
            raise ValueError("median of an empty stream")
        return -self._low[0]

    def __len__(self) -> int:
        return len(self._low) + len(self._high)
