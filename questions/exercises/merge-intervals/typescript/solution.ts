/**
 * Merge overlapping or touching closed intervals; return new [start, end]
 * pairs sorted by start. Throw a RangeError if some interval has start > end.
 * Do not modify the input.
 * mergeIntervals([[1, 3], [2, 6], [8, 10]]) -> [[1, 6], [8, 10]]
 * Must run in O(n log n) time.
 */
export function mergeIntervals(intervals: [number, number][]): [number, number][] {
  throw new Error("Not implemented");
}
