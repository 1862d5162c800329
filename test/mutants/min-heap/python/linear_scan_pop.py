# slow algorithm: pop scans the whole list for the minimum (O(n) per pop)
from typing import Iterable, List, Optional


class MinHeap:
    def __init__(self, items: Optional[Iterable[float]] = None) -> None:
        self._a: List[float] = list(items) if items is not None else []

    def push(self, item: float) -> None:
        self._a.append(item)

    def pop(self) -> float:
        if not self._a:
            raise IndexError("pop from an empty heap")
        a = self._a
        i = min(range(len(a)), key=a.__getitem__)
        a[i], a[-1] = a[-1], a[i]
        return a.pop()

    def peek(self) -> float:
        if not self._a:
            raise IndexError("peek at an empty heap")
        return min(self._a)

    def size(self) -> int:
        return len(self._a)
