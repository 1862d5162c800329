// slow algorithm: pop scans the whole array for the minimum (O(n) per pop)
export class MinHeap {
  private readonly a: number[];

  constructor(items: Iterable<number> = []) {
    this.a = Array.from(items);
  }

  push(item: number): void {
    this.a.push(item);
  }

  pop(): number {
    if (this.a.length === 0) throw new Error("pop from an empty heap");
    let best = 0;
    for (let i = 1; i < this.a.length; i++) if (this.a[i] < this.a[best]) best = i;
    const top = this.a[best];
    this.a[best] = this.a[this.a.length - 1];
    this.a.pop();
    return top;
  }

  peek(): number {
    if (this.a.length === 0) throw new Error("peek at an empty heap");
    return Math.min(...this.a);
  }

  size(): number {
    return this.a.length;
  }
}
