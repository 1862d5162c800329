from typing import Any


class TwoStackQueue:
    """FIFO queue stored in two lists that are used only as stacks.

    Allowed list operations: append, pop() from the end, [-1], len().
    Every operation must be amortised O(1).
    """

    def __init__(self) -> None:
        raise NotImplementedError

    def enqueue(self, item: Any) -> None:
        """Add item at the back of the queue."""
        raise NotImplementedError

    def dequeue(self) -> Any:
        """Remove and return the front item; raise IndexError if the queue is empty."""
        raise NotImplementedError

    def peek(self) -> Any:
        """Return the front item without removing it; raise IndexError if empty."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        """Return True if the queue holds no items."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError
