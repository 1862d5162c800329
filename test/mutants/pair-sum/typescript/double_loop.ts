// O(n^2): checks every pair of positions with a double loop
/** Distinct value pairs summing to target: O(n) counting plus sorting the distinct values. */
export function pairSum(nums: number[], target: number): [number, number][] {
  const found = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] + nums[j] === target) found.set(Math.min(nums[i], nums[j]), Math.max(nums[i], nums[j]));
    }
  }
  return [...found.entries()].sort((x, y) => x[0] - y[0]);
}
