// input aliasing: with no pair left, returns the caller's object itself instead of a copy
/**
 * Count adjacent symbol pairs, each occurrence weighted by the word's frequency.
 * Keys of vocab are words as space-separated symbols, e.g. "l o w </w>"; keys of
 * the result are the two symbols joined by one space, e.g. "e s".
 */
export function countPairs(vocab: Record<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word, freq] of Object.entries(vocab)) {
    const symbols = word.split(" ");
    for (let i = 0; i + 1 < symbols.length; i++) {
      const key = `${symbols[i]} ${symbols[i + 1]}`;
      counts.set(key, (counts.get(key) ?? 0) + freq);
    }
  }
  return counts;
}

function mergeSymbols(symbols: string[], a: string, b: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < symbols.length) {
    if (i + 1 < symbols.length && symbols[i] === a && symbols[i + 1] === b) {
      out.push(a + b);
      i += 2;
    } else {
      out.push(symbols[i]);
      i += 1;
    }
  }
  return out;
}

function smallerPair(x: [string, string], y: [string, string]): boolean {
  return x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
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
  let best: [string, string] | null = null;
  let bestCount = -Infinity;
  for (const [key, count] of countPairs(vocab)) {
    // Symbols never contain spaces, so the key splits back into exactly two parts.
    const [a, b] = key.split(" ");
    const pair: [string, string] = [a, b];
    if (best === null || count > bestCount || (count === bestCount && smallerPair(pair, best))) {
      best = pair;
      bestCount = count;
    }
  }
  if (best === null) return { pair: null, vocab };

  const [a, b] = best;
  const merged: Record<string, number> = {};
  for (const [word, freq] of Object.entries(vocab)) {
    const newWord = mergeSymbols(word.split(" "), a, b).join(" ");
    merged[newWord] = (merged[newWord] ?? 0) + freq;
  }
  return { pair: best, vocab: merged };
}
