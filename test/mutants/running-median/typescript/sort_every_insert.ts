// keeps one array and sorts it on every add: O(n log n) per add, far too slow for a long stream
export class RunningMedian {
  private readonly values: number[] = [];

  add(x: number): void {
    this.values.push(x);
    this.values.sort((a, b) => a - b);
  }

  median(): number {
    const n = this.values.length;
    if (n === 0) throw new Error("median of an empty stream");
    if (n % 2) return this.values[(n - 1) / 2];
    return (this.values[n / 2 - 1] + this.values[n / 2]) / 2;
  }

  size(): number {
    return this.values.length;
  }
}
