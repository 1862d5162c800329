/**
 * Levenshtein distance (insert, delete, substitute; cost 1 each).
 * O(a.length * b.length) time, O(min(a.length, b.length)) extra memory.
 */
export function editDistance(a: string, b: string): number {
  throw new Error("Not implemented");
}
