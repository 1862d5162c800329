// marks each visited node with an extra property: no collection, but it writes into the caller's nodes
/** A singly linked list node. */
export class ListNode {
  val: number;
  next: ListNode | null;

  constructor(val: number, next: ListNode | null = null) {
    this.val = val;
    this.next = next;
  }
}

type Marked = ListNode & { seen?: symbol };

export function findCycleStart(head: ListNode | null): ListNode | null {
  const stamp = Symbol("visit"); // a fresh mark per call, so an earlier call's marks do not confuse this one
  for (let node = head as Marked | null; node !== null; node = node.next as Marked | null) {
    if (node.seen === stamp) return node;
    node.seen = stamp;
  }
  return null;
}

export function hasCycle(head: ListNode | null): boolean {
  return findCycleStart(head) !== null;
}
