/**
 * Return the distribution to sample from after temperature, top-k and top-p.
 *
 * The result has the same length as logits; filtered tokens get 0 and the
 * survivors sum to 1. temperature === 0 means greedy (one-hot on the argmax,
 * lowest index on ties). topK === 0 and topP === 1 disable those filters.
 * Throw an Error for empty logits, temperature < 0, topK < 0 or topP outside (0, 1].
 */
export function samplingDistribution(
  logits: number[],
  temperature: number = 1,
  topK: number = 0,
  topP: number = 1,
): number[] {
  throw new Error("Not implemented");
}

/**
 * Draw an index by inverse CDF: the first index whose cumulative probability is
 * strictly greater than rand(). Never return an index whose probability is 0.
 * Throw an Error for an empty array.
 */
export function sample(probs: number[], rand: () => number = Math.random): number {
  throw new Error("Not implemented");
}
