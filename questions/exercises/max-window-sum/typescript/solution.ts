/**
 * Return the largest sum of k consecutive elements of nums.
 * Throw a RangeError if k < 1 or k > nums.length.
 * maxWindowSum([2, 1, 5, 1, 3, 2], 3) === 9. Must run in O(n) time.
 */
export function maxWindowSum(nums: number[], k: number): number {
  throw new Error("Not implemented");
}
