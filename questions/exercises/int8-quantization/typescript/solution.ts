/**
 * One scale per row (output channel): max |w| of the row / 127, so 0 for an all-zero row.
 * Throw a RangeError for an empty or ragged matrix or a weight that is not finite.
 */
export function channelScales(w: number[][]): number[] {
  throw new Error("Not implemented");
}

/**
 * q = round(w / scale) per row, halves away from zero, clamped to [-127, 127]. A row whose
 * scale is 0 gets all-zero codes. Throw a RangeError for shapes that do not fit or a negative scale.
 */
export function quantize(w: number[][], scales: number[]): number[][] {
  throw new Error("Not implemented");
}

/** wHat = q * scale per row. */
export function dequantize(q: number[][], scales: number[]): number[][] {
  throw new Error("Not implemented");
}

/** The largest |w - dequantize(quantize(w, s), s)| over all entries, with s = channelScales(w). */
export function maxAbsError(w: number[][]): number {
  throw new Error("Not implemented");
}
