// points each visited node at a sentinel, so reaching the sentinel means a revisit: O(1) space, but it destroys the list
/** A singly linked list node. */
export class ListNode {
  val: number;
  next: ListNode | null;

  constructor(val: number, next: ListNode | null = null) {
    this.val = val;
    this.next = next;
  }
}

const VISITED = new ListNode(-1);

export function findCycleStart(head: ListNode | null): ListNode | null {
  let node = head;
  while (node !== null) {
    if (node.next === VISITED) return node;
    const next = node.next;
    node.next = VISITED;
    node = next;
  }
  return null;
}

export function hasCycle(head: ListNode | null): boolean {
  return findCycleStart(head) !== null;
}
