# marks each visited node with an attribute: O(1) extra variables, but it writes into the caller's nodes
from typing import Optional


class ListNode:
    """A singly linked list node."""

    def __init__(self, val: int, next: "Optional[ListNode]" = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val})"


def find_cycle_start(head: Optional[ListNode]) -> Optional[ListNode]:
    stamp = object()  # a fresh mark per call, so an earlier call's marks do not confuse this one
    node = head
    while node is not None:
        if getattr(node, "_seen", None) is stamp:
            return node
        node._seen = stamp
        node = node.next
    return None


def has_cycle(head: Optional[ListNode]) -> bool:
    return find_cycle_start(head) is not None
