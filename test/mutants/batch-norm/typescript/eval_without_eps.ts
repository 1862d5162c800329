// leaves eps out when normalising with the running variance in evaluation
/**
 * Batch normalisation over the rows of an n × C batch, one statistic per feature (column).
 *
 * Training: normalise each feature with the batch mean and the biased batch variance
 * (divide by n), y = gamma * (x - mean) / sqrt(var + eps) + beta, then update
 * running = (1 - momentum) * running + momentum * batchStat, using the unbiased
 * variance (divide by n - 1) for runningVar. Evaluation: normalise with runningMean
 * and runningVar and change nothing.
 */
export class BatchNorm {
  readonly numFeatures: number;
  readonly momentum: number;
  readonly eps: number;
  gamma: number[];
  beta: number[];
  runningMean: number[];
  runningVar: number[];

  /**
   * gamma starts at 1, beta at 0, runningMean at 0 and runningVar at 1. Throw a RangeError
   * for numFeatures < 1, momentum outside [0, 1] or eps <= 0.
   */
  constructor(numFeatures: number, momentum: number = 0.1, eps: number = 1e-5) {
    if (!(numFeatures >= 1)) throw new RangeError("numFeatures must be at least 1");
    if (!(momentum >= 0 && momentum <= 1)) throw new RangeError("momentum must be in [0, 1]");
    if (!(eps > 0)) throw new RangeError("eps must be > 0");
    this.numFeatures = numFeatures;
    this.momentum = momentum;
    this.eps = eps;
    this.gamma = new Array<number>(numFeatures).fill(1);
    this.beta = new Array<number>(numFeatures).fill(0);
    this.runningMean = new Array<number>(numFeatures).fill(0);
    this.runningVar = new Array<number>(numFeatures).fill(1);
  }

  /**
   * Return the normalised batch (new arrays). Throw a RangeError for rows that are not
   * numFeatures long, or a training batch of fewer than 2 rows.
   */
  forward(x: number[][], training: boolean = true): number[][] {
    const c = this.numFeatures;
    if (x.some((row) => row.length !== c)) throw new RangeError(`every row must have ${c} features`);
    const n = x.length;
    let mean = this.runningMean;
    let variance = this.runningVar;
    if (training) {
      if (n < 2) throw new RangeError("training needs at least 2 rows per batch");
      mean = Array.from({ length: c }, (_, j) => x.reduce((s, row) => s + row[j], 0) / n);
      // Two passes: squared deviations from the mean, not E[x^2] - mean^2, which cancels.
      const sq = Array.from({ length: c }, (_, j) => x.reduce((s, row) => s + (row[j] - mean[j]) ** 2, 0));
      variance = sq.map((s) => s / n); // biased: what the batch is normalised with
      const m = this.momentum;
      this.runningMean = this.runningMean.map((r, j) => (1 - m) * r + m * mean[j]);
      this.runningVar = this.runningVar.map((r, j) => (1 - m) * r + (m * sq[j]) / (n - 1));
    }
    const inv = variance.map((v) => 1 / Math.sqrt(v + (training ? this.eps : 0)));
    return x.map((row) => row.map((v, j) => this.gamma[j] * (v - mean[j]) * inv[j] + this.beta[j]));
  }
}
