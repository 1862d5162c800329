// stores every value and recomputes the mean and variance from all of them on each update: O(n) per value
export class ZScoreDetector {
  private readonly threshold: number;
  private readonly warmup: number;
  private readonly values: number[] = [];

  constructor(threshold: number = 3, warmup: number = 30) {
    if (!(threshold > 0)) throw new Error("threshold must be positive");
    if (warmup < 2) throw new Error("warmup must be at least 2 so a standard deviation exists");
    this.threshold = threshold;
    this.warmup = warmup;
  }

  update(x: number): boolean {
    let anomalous = false;
    if (this.values.length >= this.warmup) {
      const std = this.std;
      anomalous = std === 0 ? x !== this.mean : Math.abs(x - this.mean) / std > this.threshold;
    }
    this.values.push(x);
    return anomalous;
  }

  get count(): number {
    return this.values.length;
  }

  get mean(): number {
    return this.values.length > 0 ? this.values.reduce((s, v) => s + v, 0) / this.values.length : 0;
  }

  get variance(): number {
    const n = this.values.length;
    if (n < 2) return 0;
    const mean = this.mean;
    return this.values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  }

  get std(): number {
    return Math.sqrt(this.variance);
  }
}
