// truncates towards zero with Math.trunc instead of rounding to nearest
const QMAX = 127;

function checkMatrix(w: number[][]): void {
  if (w.length === 0 || w[0].length === 0 || w.some((row) => row.length !== w[0].length)) {
    throw new RangeError("w must be a non-empty matrix with rows of equal, positive length");
  }
}

function checkScales(w: number[][], scales: number[]): void {
  checkMatrix(w);
  if (scales.length !== w.length) throw new RangeError("one scale per row is needed");
  if (scales.some((s) => !(s >= 0 && Number.isFinite(s)))) throw new RangeError("scales must be finite and >= 0");
}

/** Halves go away from zero. Math.round sends them up instead (Math.round(-2.5) === -2). */
function roundHalfAway(v: number): number {
  const r = Math.floor(Math.abs(v) + 0.5);
  return v < 0 && r > 0 ? -r : r;
}

/**
 * One scale per row (output channel): max |w| of the row / 127, so 0 for an all-zero row.
 * Throw a RangeError for an empty or ragged matrix or a weight that is not finite.
 */
export function channelScales(w: number[][]): number[] {
  checkMatrix(w);
  if (w.some((row) => row.some((v) => !Number.isFinite(v)))) throw new RangeError("weights must be finite");
  return w.map((row) => row.reduce((m, v) => Math.max(m, Math.abs(v)), 0) / QMAX);
}

/**
 * q = round(w / scale) per row, halves away from zero, clamped to [-127, 127]. A row whose
 * scale is 0 gets all-zero codes. Throw a RangeError for shapes that do not fit or a negative scale.
 */
export function quantize(w: number[][], scales: number[]): number[][] {
  checkScales(w, scales);
  return w.map((row, r) => {
    const s = scales[r];
    if (s === 0) return row.map(() => 0); // nothing to divide by: the row is all zeros
    return row.map((v) => Math.max(-QMAX, Math.min(QMAX, Math.trunc(v / s))));
  });
}

/** wHat = q * scale per row. */
export function dequantize(q: number[][], scales: number[]): number[][] {
  checkScales(q, scales);
  return q.map((row, r) => row.map((v) => v * scales[r]));
}

/** The largest |w - dequantize(quantize(w, s), s)| over all entries, with s = channelScales(w). */
export function maxAbsError(w: number[][]): number {
  const scales = channelScales(w);
  const back = dequantize(quantize(w, scales), scales);
  return w.reduce((m, row, r) => row.reduce((mm, v, c) => Math.max(mm, Math.abs(v - back[r][c])), m), 0);
}
