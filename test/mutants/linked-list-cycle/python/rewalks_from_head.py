# O(1) space by walking from the head again for every node to see if its next pointer goes back: O(n^2) time
from typing import Optional


class ListNode:
    """A singly linked list node."""

    def __init__(self, val: int, next: "Optional[ListNode]" = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val})"


def find_cycle_start(head: Optional[ListNode]) -> Optional[ListNode]:
    node, i = head, 0
    while node is not None:
        target = node.next
        p = head
        for _ in range(i + 1):  # the first i + 1 nodes, node itself included
            if p is target:
                return p
            p = p.next
        node, i = target, i + 1
    return None


def has_cycle(head: Optional[ListNode]) -> bool:
    return find_cycle_start(head) is not None
