/** For each day, the days to wait for a strictly warmer day; 0 if none. O(n). */
export function daysUntilWarmer(temps: number[]): number[] {
  throw new Error("Not implemented");
}

/** For each element of a circular list, the first larger value going forward; -1 if none. O(n). */
export function nextGreaterCircular(nums: number[]): number[] {
  throw new Error("Not implemented");
}
