# sift down compares with the left child only, so a smaller right child stays below its parent
from typing import Iterable, List, Optional


class MinHeap:
    """Binary min-heap in a flat list: children of i at 2i+1 and 2i+2, parent at (i-1)//2."""

    def __init__(self, items: Optional[Iterable[float]] = None) -> None:
        self._a: List[float] = list(items) if items is not None else []
        # Bottom-up heapify: sift down every non-leaf, last one first. O(n) overall.
        for i in range(len(self._a) // 2 - 1, -1, -1):
            self._sift_down(i)

    def _sift_up(self, i: int) -> None:
        a = self._a
        while i > 0:
            parent = (i - 1) // 2
            if a[i] >= a[parent]:
                return
            a[i], a[parent] = a[parent], a[i]
            i = parent

    def _sift_down(self, i: int) -> None:
        a = self._a
        n = len(a)
        while True:
            smallest = i
            left, right = 2 * i + 1, 2 * i + 2
            if left < n and a[left] < a[smallest]:
                smallest = left
            if smallest == i:
                return
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest

    def push(self, item: float) -> None:
        self._a.append(item)
        self._sift_up(len(self._a) - 1)

    def pop(self) -> float:
        if not self._a:
            raise IndexError("pop from an empty heap")
        top = self._a[0]
        last = self._a.pop()
        if self._a:
            self._a[0] = last
            self._sift_down(0)
        return top

    def peek(self) -> float:
        if not self._a:
            raise IndexError("peek at an empty heap")
        return self._a[0]

    def size(self) -> int:
        return len(self._a)
