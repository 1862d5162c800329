// flags a z-score equal to the threshold (>= instead of strictly greater)
/**
 * Flag values whose z-score against all earlier values exceeds a threshold.
 *
 * Uses Welford's online mean/variance (sample variance, n - 1). update(x) judges x
 * against the statistics before it, then adds x. No value is flagged while fewer
 * than `warmup` values have been seen. Throw an Error if threshold <= 0 or warmup < 2.
 */
export class ZScoreDetector {
  private readonly threshold: number;
  private readonly warmup: number;
  private n = 0;
  private runningMean = 0;
  private m2 = 0; // sum of squared deviations from the current mean

  constructor(threshold: number = 3, warmup: number = 30) {
    if (!(threshold > 0)) throw new Error("threshold must be positive");
    if (warmup < 2) throw new Error("warmup must be at least 2 so a standard deviation exists");
    this.threshold = threshold;
    this.warmup = warmup;
  }

  /** Return true if x is anomalous, then add x to the statistics. */
  update(x: number): boolean {
    let anomalous = false;
    if (this.n >= this.warmup) {
      const std = this.std;
      anomalous = std === 0 ? x !== this.runningMean : Math.abs(x - this.runningMean) / std >= this.threshold;
    }
    this.n += 1;
    const delta = x - this.runningMean;
    this.runningMean += delta / this.n;
    this.m2 += delta * (x - this.runningMean);
    return anomalous;
  }

  get count(): number {
    return this.n;
  }

  /** Running mean; 0 before the first value. */
  get mean(): number {
    return this.runningMean;
  }

  /** Sample variance; 0 with fewer than two values. */
  get variance(): number {
    return this.n >= 2 ? this.m2 / (this.n - 1) : 0;
  }

  get std(): number {
    return Math.sqrt(this.variance);
  }
}
