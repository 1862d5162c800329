/**
 * Normalise each row over its features, then scale by gamma and shift by beta.
 * Throw a RangeError for ragged or empty rows, gamma or beta of the wrong length,
 * or eps <= 0. Do not modify the inputs.
 */
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number = 1e-5): number[][] {
  throw new Error("Not implemented");
}
