/**
 * Binary min-heap of numbers in a flat array, written from scratch.
 * push/pop O(log n), peek/size O(1), construction from items O(n).
 */
export class MinHeap {
  /** Build a heap from a copy of items in O(n). */
  constructor(items: Iterable<number> = []) {
    throw new Error("Not implemented");
  }

  /** Add item. */
  push(item: number): void {
    throw new Error("Not implemented");
  }

  /** Remove and return the smallest item; throw an Error if the heap is empty. */
  pop(): number {
    throw new Error("Not implemented");
  }

  /** Return the smallest item without removing it; throw an Error if empty. */
  peek(): number {
    throw new Error("Not implemented");
  }

  /** Number of items in the heap. */
  size(): number {
    throw new Error("Not implemented");
  }
}
