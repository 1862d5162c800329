/**
 * Return every distinct value pair [a, b], a <= b, with a + b === target.
 * A pair uses two different positions, so [3, 3] needs two 3s. The result is
 * sorted by a. pairSum([1, 2, 3, 4, 5], 6) -> [[1, 5], [2, 4]].
 * Must be faster than O(n^2).
 */
export function pairSum(nums: number[], target: number): [number, number][] {
  throw new Error("Not implemented");
}
