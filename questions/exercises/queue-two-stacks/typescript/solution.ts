/**
 * FIFO queue stored in two arrays that are used only as stacks
 * (push, pop, read the last element, length). Every operation must be
 * amortised O(1).
 */
export class TwoStackQueue<T> {
  /** Add item at the back of the queue. */
  enqueue(item: T): void {
    throw new Error("Not implemented");
  }

  /** Remove and return the front item; throw an Error if the queue is empty. */
  dequeue(): T {
    throw new Error("Not implemented");
  }

  /** Return the front item without removing it; throw an Error if empty. */
  peek(): T {
    throw new Error("Not implemented");
  }

  /** True if the queue holds no items. */
  isEmpty(): boolean {
    throw new Error("Not implemented");
  }

  /** Number of items in the queue. */
  size(): number {
    throw new Error("Not implemented");
  }
}
