# uses None as the empty marker, so a stored None looks like an empty queue
from typing import Any, List


class TwoStackQueue:
    """FIFO queue built from two stacks; every operation is amortised O(1)."""

    def __init__(self) -> None:
        self._inbox: List[Any] = []   # newest item on top
        self._outbox: List[Any] = []  # oldest item on top

    def enqueue(self, item: Any) -> None:
        self._inbox.append(item)

    def _refill(self) -> None:
        # Only move when the outbox is empty; otherwise the order would break.
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())

    def dequeue(self) -> Any:
        self._refill()
        item = self._outbox.pop() if self._outbox else None
        if item is None:
            raise IndexError("dequeue from an empty queue")
        return item

    def peek(self) -> Any:
        self._refill()
        if not self._outbox:
            raise IndexError("peek at an empty queue")
        return self._outbox[-1]

    def is_empty(self) -> bool:
        return not self._inbox and not self._outbox

    def __len__(self) -> int:
        return len(self._inbox) + len(self._outbox)
