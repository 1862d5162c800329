export interface Metrics {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/**
 * Labels equal to `positive` are positive, all others negative. Ratios with a
 * zero denominator are 0. Throw an Error if the lengths differ.
 */
export function classificationMetrics<T>(yTrue: T[], yPred: T[], positive: T): Metrics {
  throw new Error("Not implemented");
}
