/** Error function, implemented without a library; absolute error < 1e-6. */
export function erf(x: number): number {
  throw new Error("Not implemented");
}

/**
 * Pooled two-proportion z-test. z = (pB - pA) / SE with the pooled SE; pValue is two-sided.
 * If SE === 0 return { z: 0, pValue: 1 }. Throw an Error for non-positive sizes or
 * counts outside [0, n].
 */
export function twoProportionZTest(
  successesA: number,
  nA: number,
  successesB: number,
  nB: number,
): { z: number; pValue: number } {
  throw new Error("Not implemented");
}
