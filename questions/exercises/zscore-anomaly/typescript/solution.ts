/**
 * Flag values whose z-score against all earlier values exceeds a threshold.
 *
 * Uses Welford's online mean/variance (sample variance, n - 1). update(x) judges x
 * against the statistics before it, then adds x. No value is flagged while fewer
 * than `warmup` values have been seen. Throw an Error if threshold <= 0 or warmup < 2.
 */
export class ZScoreDetector {
  constructor(threshold: number = 3, warmup: number = 30) {
    throw new Error("Not implemented");
  }

  /** Return true if x is anomalous, then add x to the statistics. */
  update(x: number): boolean {
    throw new Error("Not implemented");
  }

  get count(): number {
    throw new Error("Not implemented");
  }

  /** Running mean; 0 before the first value. */
  get mean(): number {
    throw new Error("Not implemented");
  }

  /** Sample variance; 0 with fewer than two values. */
  get variance(): number {
    throw new Error("Not implemented");
  }

  get std(): number {
    throw new Error("Not implemented");
  }
}
