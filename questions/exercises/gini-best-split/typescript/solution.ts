/**
 * The threshold (x <= threshold goes left) minimising the weighted Gini impurity, and that
 * impurity. Thresholds are midpoints between consecutive distinct sorted values; ties go to
 * the smallest. null with fewer than two distinct values. Throw a RangeError for mismatched
 * lengths or a NaN value. Do not modify the inputs. O(n log n).
 */
export function bestSplit(values: number[], labels: Array<number | string>): { threshold: number; impurity: number } | null {
  throw new Error("Not implemented");
}
