# returns the node where the two pointers meet, which is inside the cycle but not necessarily its start
from typing import Optional


class ListNode:
    """A singly linked list node."""

    def __init__(self, val: int, next: "Optional[ListNode]" = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val})"


def _meeting_point(head: Optional[ListNode]) -> Optional[ListNode]:
    """Floyd's tortoise and hare: a node inside the cycle, or None if there is none."""
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return slow
    return None


def has_cycle(head: Optional[ListNode]) -> bool:
    return _meeting_point(head) is not None


def find_cycle_start(head: Optional[ListNode]) -> Optional[ListNode]:
    meet = _meeting_point(head)
    if meet is None:
        return None
    return meet
