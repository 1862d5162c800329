// keeps the visited nodes in an array and searches it for each node: O(n) memory and O(n^2) time
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
  const visited: ListNode[] = [];
  for (let node = head; node !== null; node = node.next) {
    if (visited.includes(node)) return node;
    visited.push(node);
  }
  return null;
}

export function hasCycle(head: ListNode | null): boolean {
  return findCycleStart(head) !== null;
}
