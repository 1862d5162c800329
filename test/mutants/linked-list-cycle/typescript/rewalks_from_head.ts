// O(1) space by walking from the head again for every node to see if its next pointer goes back: O(n^2) time
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
  let i = 0;
  for (let node = head; node !== null; node = node.next, i++) {
    const target = node.next;
    let p = head;
    for (let j = 0; j <= i; j++) {
      // the first i + 1 nodes, node itself included
      if (p === target) return p;
      p = (p as ListNode).next;
    }
  }
  return null;
}

export function hasCycle(head: ListNode | null): boolean {
  return findCycleStart(head) !== null;
}
