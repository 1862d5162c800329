/**
 * Return [clipped n-gram matches, total n-grams in the candidate].
 * Each candidate n-gram count is clipped to its largest count in any single reference.
 */
export function modifiedPrecision(candidate: string[], references: string[][], n: number): [number, number] {
  throw new Error("Not implemented");
}

/**
 * Sentence BLEU with uniform weights over n = 1..maxN, no smoothing.
 * BP = 1 if c > r else exp(1 - r / c), where r is the reference length closest to c
 * (shorter on ties). Return 0 for an empty candidate or when any precision is 0.
 * Throw an Error for no references or maxN < 1.
 */
export function bleu(candidate: string[], references: string[][], maxN: number = 4): number {
  throw new Error("Not implemented");
}
