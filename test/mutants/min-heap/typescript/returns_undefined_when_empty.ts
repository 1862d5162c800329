// empty case: pop and peek return undefined on an empty heap instead of throwing
export class MinHeap {
  private readonly a: number[];

  constructor(items: Iterable<number> = []) {
    this.a = Array.from(items);
    for (let i = Math.floor(this.a.length / 2) - 1; i >= 0; i--) this.siftDown(i);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.a[i] >= this.a[parent]) return;
      [this.a[i], this.a[parent]] = [this.a[parent], this.a[i]];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.a.length;
    for (;;) {
      let smallest = i;
      const left = 2 * i + 1;
      if (left < n && this.a[left] < this.a[smallest]) smallest = left;
      if (left + 1 < n && this.a[left + 1] < this.a[smallest]) smallest = left + 1;
      if (smallest === i) return;
      [this.a[i], this.a[smallest]] = [this.a[smallest], this.a[i]];
      i = smallest;
    }
  }

  push(item: number): void {
    this.a.push(item);
    this.siftUp(this.a.length - 1);
  }

  pop(): number {
    const top = this.a[0];
    const last = this.a.pop();
    if (this.a.length > 0 && last !== undefined) {
      this.a[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  peek(): number {
    return this.a[0];
  }

  size(): number {
    return this.a.length;
  }
}
