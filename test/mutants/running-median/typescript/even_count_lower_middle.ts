// for an even count returns the lower middle value instead of the mean of the two middle values
/** Binary heap ordered by `before(a, b)`: true when a must come out before b. */
class Heap {
  private readonly items: number[] = [];
  private readonly before: (a: number, b: number) => boolean;

  constructor(before: (a: number, b: number) => boolean) {
    this.before = before;
  }

  get size(): number {
    return this.items.length;
  }

  peek(): number {
    return this.items[0];
  }

  push(x: number): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop(): number {
    const a = this.items;
    const top = a[0];
    const last = a.pop() as number;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let first = i;
        if (left < a.length && this.before(a[left], a[first])) first = left;
        if (right < a.length && this.before(a[right], a[first])) first = right;
        if (first === i) break;
        [a[i], a[first]] = [a[first], a[i]];
        i = first;
      }
    }
    return top;
  }
}

/**
 * Two heaps: the lower half as a max-heap, the upper half as a min-heap. The
 * lower half holds the same number of values as the upper half, or one more.
 */
export class RunningMedian {
  private readonly low = new Heap((a, b) => a > b); // its top is the largest of the lower half
  private readonly high = new Heap((a, b) => a < b); // its top is the smallest of the upper half

  add(x: number): void {
    if (this.low.size > 0 && x > this.low.peek()) this.high.push(x);
    else this.low.push(x);
    // Rebalance so that low.size is high.size or high.size + 1.
    if (this.low.size > this.high.size + 1) this.high.push(this.low.pop());
    else if (this.high.size > this.low.size) this.low.push(this.high.pop());
  }

  median(): number {
    if (this.low.size === 0) throw new Error("median of an empty stream");
    return this.low.peek();
  }

  size(): number {
    return this.low.size + this.high.size;
  }
}
