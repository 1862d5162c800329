/**
 * Count adjacent symbol pairs, each occurrence weighted by the word's frequency.
 * Keys of vocab are words as space-separated symbols, e.g. "l o w </w>"; keys of
 * the result are the two symbols joined by one space, e.g. "e s".
 */
export function countPairs(vocab: Record<string, number>): Map<string, number> {
  throw new Error("Not implemented");
}

/**
 * Merge the most frequent pair (ties: smallest pair) in every word.
 * Merges are left to right and non-overlapping; words that become identical have
 * their frequencies added. Return { pair: null, vocab: copy } when there is no pair.
 * Do not modify vocab.
 */
export function mergeStep(vocab: Record<string, number>): {
  pair: [string, string] | null;
  vocab: Record<string, number>;
} {
  throw new Error("Not implemented");
}
