// remembers every visited node in a Set: simple and O(n) time, but O(n) extra memory
/** A singly linked list node. */
export class ListNode {
  val: number;
  next: ListNode | null;

  constructor(val: number, next: ListNode | null = null) {
    this.val = val;
    this.next = next;
  }
}

export function findCycleStart(head: ListNode | null): ListNode | null {
  const seen = new Set<ListNode>();
  for (let node = head; node !== null; node = node.next) {
    if (seen.has(node)) return node;
    seen.add(node);
  }
  return null;
}

export function hasCycle(head: ListNode | null): boolean {
  return findCycleStart(head) !== null;
}
