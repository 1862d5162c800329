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
    throw new Error("Not implemented");
  }

  /**
   * Return the normalised batch (new arrays). Throw a RangeError for rows that are not
   * numFeatures long, or a training batch of fewer than 2 rows.
   */
  forward(x: number[][], training: boolean = true): number[][] {
    throw new Error("Not implemented");
  }
}
