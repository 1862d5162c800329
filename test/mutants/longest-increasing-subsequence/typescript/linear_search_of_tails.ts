// slow: the tails method, but it scans the tails from the right for the last one < x instead of a binary search, O(n * length)
export function longestIncreasingSubsequence(nums: number[]): number[] {
  const tails: number[] = [];
  const tailAt: number[] = [];
  const prev = new Array<number>(nums.length).fill(-1);
  nums.forEach((x, i) => {
    let k = tails.length;
    while (k > 0 && tails[k - 1] >= x) k--;
    if (k > 0) prev[i] = tailAt[k - 1];
    tails[k] = x;
    tailAt[k] = i;
  });
  const out: number[] = [];
  for (let i = tailAt.length > 0 ? tailAt[tailAt.length - 1] : -1; i !== -1; i = prev[i]) out.push(nums[i]);
  return out.reverse();
}
