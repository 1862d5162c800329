from typing import Optional


class ListNode:
    """A singly linked list node."""

    def __init__(self, val: int, next: "Optional[ListNode]" = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val})"


def has_cycle(head: Optional[ListNode]) -> bool:
    """Return True if following next pointers from head ever revisits a node.

    O(n) time, O(1) extra space; do not modify the list.
    """
    raise NotImplementedError


def find_cycle_start(head: Optional[ListNode]) -> Optional[ListNode]:
    """Return the first node of the cycle (by identity), or None if there is no cycle.

    O(n) time, O(1) extra space; do not modify the list.
    """
    raise NotImplementedError
