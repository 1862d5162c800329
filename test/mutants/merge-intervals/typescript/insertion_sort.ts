// sorts by start with a hand-written insertion sort, O(n^2) comparisons, before the usual sweep
export function mergeIntervals(intervals: [number, number][]): [number, number][] {
  for (const [start, end] of intervals) {
    if (start > end) throw new RangeError(`invalid interval [${start}, ${end}]: start > end`);
  }
  const sorted = [...intervals];
  for (let i = 1; i < sorted.length; i++) {
    const item = sorted[i];
    let j = i - 1;
    while (j >= 0 && sorted[j][0] > item[0]) {
      sorted[j + 1] = sorted[j];
      j--;
    }
    sorted[j + 1] = item;
  }
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) {
      if (end > last[1]) last[1] = end;
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
