# points each visited node at a sentinel, so reaching the sentinel means a revisit: O(1) space, but it destroys the list
from typing import Optional


class ListNode:
    """A singly linked list node."""

    def __init__(self, val: int, next: "Optional[ListNode]" = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val})"


_VISITED = ListNode(-1)


def find_cycle_start(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = None
    node = head
    while node is not None:
        if node.next is _VISITED:
            return node
        nxt = node.next
        node.next = _VISITED
        prev, node = node, nxt
    return None


def has_cycle(head: Optional[ListNode]) -> bool:
    return find_cycle_start(head) is not None
