# forbidden shortcut: wraps the standard library's heapq instead of writing the heap
import heapq
from typing import Iterable, List, Optional


class MinHeap:
    def __init__(self, items: Optional[Iterable[float]] = None) -> None:
        self._a: List[float] = list(items) if items is not None else []
        heapq.heapify(self._a)

    def push(self, item: float) -> None:
        heapq.heappush(self._a, item)

    def pop(self) -> float:
        return heapq.heappop(self._a)

    def peek(self) -> float:
        return self._a[0]

    def size(self) -> int:
        return len(self._a)
