/** A singly linked list node. */
export class ListNode {
  val: number;
  next: ListNode | null;

  constructor(val: number, next: ListNode | null = null) {
    this.val = val;
    this.next = next;
  }
}

/**
 * True if following `next` pointers from head ever revisits a node.
 * O(n) time, O(1) extra space; do not modify the list.
 */
export function hasCycle(head: ListNode | null): boolean {
  throw new Error("Not implemented");
}

/**
 * The first node of the cycle (by identity), or null if there is no cycle.
 * O(n) time, O(1) extra space; do not modify the list.
 */
export function findCycleStart(head: ListNode | null): ListNode | null {
  throw new Error("Not implemented");
}
