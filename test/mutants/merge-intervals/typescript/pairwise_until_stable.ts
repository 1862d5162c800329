// merges any two overlapping intervals and starts over until no pair overlaps: O(n^2) comparisons per pass
export function mergeIntervals(intervals: [number, number][]): [number, number][] {
  for (const [start, end] of intervals) {
    if (start > end) throw new RangeError(`invalid interval [${start}, ${end}]: start > end`);
  }
  const result: [number, number][] = intervals.map(([start, end]) => [start, end]);
  let mergedSome = true;
  while (mergedSome) {
    mergedSome = false;
    outer: for (let i = 0; i < result.length; i++) {
      for (let j = i + 1; j < result.length; j++) {
        const a = result[i];
        const b = result[j];
        if (a[0] <= b[1] && b[0] <= a[1]) {
          result[i] = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
          result.splice(j, 1);
          mergedSome = true;
          break outer;
        }
      }
    }
  }
  return result.sort((a, b) => a[0] - b[0]);
}
