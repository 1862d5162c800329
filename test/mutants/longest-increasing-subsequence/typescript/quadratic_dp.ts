// slow: the O(n^2) dynamic programme over all pairs
export function longestIncreasingSubsequence(nums: number[]): number[] {
  const n = nums.length;
  const best = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (nums[j] < nums[i] && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
    }
  }
  if (n === 0) return [];
  let i = 0;
  for (let k = 1; k < n; k++) if (best[k] > best[i]) i = k;
  const out: number[] = [];
  for (; i !== -1; i = prev[i]) out.push(nums[i]);
  return out.reverse();
}
