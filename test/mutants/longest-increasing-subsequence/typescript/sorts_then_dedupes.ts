// wrong idea: the sorted distinct values are increasing, but they are not a subsequence of the input
export function longestIncreasingSubsequence(nums: number[]): number[] {
  return [...new Set(nums)].sort((a, b) => a - b);
}
