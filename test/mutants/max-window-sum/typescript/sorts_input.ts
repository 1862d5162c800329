// sorts the input in place and sums the k largest values, which need not be consecutive
export function maxWindowSum(nums: number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`need 1 <= k <= nums.length, got k=${k}, length=${nums.length}`);
  }
  nums.sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < k; i++) sum += nums[i];
  return sum;
}
