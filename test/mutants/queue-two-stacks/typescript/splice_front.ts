// removes the front with splice(0, 1), which is not a stack operation
/** FIFO queue built from two stacks; every operation is amortised O(1). */
export class TwoStackQueue<T> {
  private inbox: T[] = []; // newest item on top
  private outbox: T[] = []; // oldest item on top

  enqueue(item: T): void {
    this.inbox.push(item);
  }

  private refill(): void {
    // Only move when the outbox is empty; otherwise the order would break.
    if (this.outbox.length === 0) {
      while (this.inbox.length > 0) this.outbox.push(this.inbox.pop() as T);
    }
  }

  dequeue(): T {
    this.refill();
    if (this.outbox.length === 0) throw new Error("dequeue from an empty queue");
    return this.outbox.splice(this.outbox.length - 1, 1)[0];
  }

  peek(): T {
    this.refill();
    if (this.outbox.length === 0) throw new Error("peek at an empty queue");
    return this.outbox[this.outbox.length - 1];
  }

  isEmpty(): boolean {
    return this.inbox.length === 0 && this.outbox.length === 0;
  }

  size(): number {
    return this.inbox.length + this.outbox.length;
  }
}
