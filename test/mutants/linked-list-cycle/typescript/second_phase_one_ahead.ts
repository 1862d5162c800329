// starts the second phase from meet.next instead of the meeting node, so the pointers circle forever
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
  // Head-to-start distance equals meeting-point-to-start distance (mod cycle length).
  let a = head as ListNode;
  let b = meet.next as ListNode;
  while (a !== b) {
    a = a.next as ListNode;
    b = b.next as ListNode;
  }
  return a;
}
