// keeps a sorted array with insertion by binary search but finds the place with string comparison (as sort() would), so 100 sorts before 9
export class RunningMedian {
  private readonly values: number[] = [];

  add(x: number): void {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (String(this.values[mid]) < String(x)) lo = mid + 1;
      else hi = mid;
    }
    this.values.splice(lo, 0, x);
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
