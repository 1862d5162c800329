/**
 * Every distinct ordering of items, each once, in lexicographic order (numbers by value).
 * Time proportional to the output: never build a duplicate. Do not modify items.
 */
export function uniquePermutations<T extends number | string>(items: T[]): T[][] {
  throw new Error("Not implemented");
}
