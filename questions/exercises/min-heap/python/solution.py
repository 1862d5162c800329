from typing import Iterable, Optional


class MinHeap:
    """Binary min-heap in a flat list, written from scratch (do not use heapq).

    push/pop O(log n), peek/size O(1), construction from items O(n).
    """

    def __init__(self, items: Optional[Iterable[float]] = None) -> None:
        """Build a heap from a copy of items (if given) in O(n)."""
        raise NotImplementedError

    def push(self, item: float) -> None:
        """Add item."""
        raise NotImplementedError

    def pop(self) -> float:
        """Remove and return the smallest item; raise IndexError if the heap is empty."""
        raise NotImplementedError

    def peek(self) -> float:
        """Return the smallest item without removing it; raise IndexError if empty."""
        raise NotImplementedError

    def size(self) -> int:
        """Number of items in the heap."""
        raise NotImplementedError
