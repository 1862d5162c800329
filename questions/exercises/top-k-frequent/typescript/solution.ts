/**
 * Return the k most frequent words, by count descending then alphabetically
 * (plain string comparison). k <= 0 returns []. O(n log k) time after counting.
 */
export function topKFrequent(words: string[], k: number): string[] {
  throw new Error("Not implemented");
}
