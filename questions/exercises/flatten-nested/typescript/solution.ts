/** A value or an array of values nested to any depth. */
export type Nested<T> = T | Nested<T>[];

/**
 * Return the non-array elements of items, at any depth, in left-to-right order.
 * Only arrays are expanded; strings, null, objects, ... are leaves.
 * Must not modify the input and must work for very deep nesting (O(N) time).
 * flatten([1, [2, [3, [4]]], 5]) -> [1, 2, 3, 4, 5]
 */
export function flatten<T>(items: Nested<T>[]): T[] {
  throw new Error("Not implemented");
}
