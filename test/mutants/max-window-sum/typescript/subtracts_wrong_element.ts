// subtracts nums[i - k + 1] instead of nums[i - k] when the window slides: the leaving element is off by one
/** Sliding window: O(n) time, O(1) extra space. */
export function maxWindowSum(nums: number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`need 1 <= k <= nums.length, got k=${k}, length=${nums.length}`);
  }
  let window = 0;
  for (let i = 0; i < k; i++) window += nums[i];
  let best = window;
  for (let i = k; i < nums.length; i++) {
    window += nums[i] - nums[i - k + 1];
    if (window > best) best = window;
  }
  return best;
}
