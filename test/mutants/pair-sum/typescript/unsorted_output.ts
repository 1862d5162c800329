// output in first-seen order instead of sorted by a
/** Distinct value pairs summing to target: O(n) counting plus sorting the distinct values. */
export function pairSum(nums: number[], target: number): [number, number][] {
  const counts = new Map<number, number>();
  for (const x of nums) counts.set(x, (counts.get(x) ?? 0) + 1);
  const values = [...counts.keys()];
  const pairs: [number, number][] = [];
  for (const a of values) {
    const b = target - a;
    if (a < b && counts.has(b)) {
      pairs.push([a, b]);
    } else if (a === b && (counts.get(a) ?? 0) >= 2) {
      pairs.push([a, b]);
    }
  }
  return pairs;
}
