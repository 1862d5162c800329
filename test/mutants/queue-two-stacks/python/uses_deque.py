# the forbidden shortcut: a collections.deque instead of two stacks
from collections import deque
from typing import Any, List


class TwoStackQueue:
    """FIFO queue built from two stacks; every operation is amortised O(1)."""

    def __init__(self) -> None:
        self._inbox: List[Any] = []   # newest item on top
        self._outbox: List[Any] = []  # oldest item on top

        self._items: deque = deque()

    def enqueue(self, item: Any) -> None:
        self._items.append(item)

    def _refill(self) -> None:
        # Only move when the outbox is empty; otherwise the order would break.
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())

    def dequeue(self) -> Any:
        if not self._items:
            raise IndexError("dequeue from an empty queue")
        return self._items.popleft()

    def peek(self) -> Any:
        if not self._items:
            raise IndexError("peek at an empty queue")
        return self._items[0]

    def is_empty(self) -> bool:
        return not self._items

    def __len__(self) -> int:
        return len(self._items)
