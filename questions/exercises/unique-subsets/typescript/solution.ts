/**
 * Every distinct subset of items, each in ascending order, the subsets in
 * lexicographic order. Numbers compare by value.
 * uniqueSubsets([2, 1, 2]) -> [[], [1], [1, 2], [1, 2, 2], [2], [2, 2]]
 * Must not generate duplicates: time proportional to the size of the output.
 * Do not modify items.
 */
export function uniqueSubsets<T extends number | string>(items: T[]): T[][] {
  throw new Error("Not implemented");
}
