/**
 * An order of the courses 0..n-1 in which each [course, prerequisite] pair's
 * prerequisite comes first, or null if the prerequisites form a cycle.
 * Throw a RangeError for a negative n or a course outside 0..n-1.
 * Do not modify `prerequisites`. O(n + prerequisites.length) time.
 */
export function courseOrder(n: number, prerequisites: Array<[number, number]>): number[] | null {
  throw new Error("Not implemented");
}
