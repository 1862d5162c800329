# remembers every visited node in a set: simple and O(n) time, but O(n) extra memory
from typing import Optional


class ListNode:
    """A singly linked list node."""

    def __init__(self, val: int, next: "Optional[ListNode]" = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val})"


def find_cycle_start(head: Optional[ListNode]) -> Optional[ListNode]:
    seen = set()
    node = head
    while node is not None:
        if node in seen:
            return node
        seen.add(node)
        node = node.next
    return None


def has_cycle(head: Optional[ListNode]) -> bool:
    return find_cycle_start(head) is not None
