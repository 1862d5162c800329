/**
 * Area under the ROC curve: the chance that a random positive outscores a random
 * negative, ties counting one half. Throw a RangeError for empty or mismatched input,
 * a label other than 0/1, a NaN score, or a single class. O(n log n) time.
 */
export function rocAuc(labels: number[], scores: number[]): number {
  throw new Error("Not implemented");
}
