/** One longest strictly increasing subsequence of nums (its values, in order). O(n log n). */
export function longestIncreasingSubsequence(nums: number[]): number[] {
  throw new Error("Not implemented");
}
