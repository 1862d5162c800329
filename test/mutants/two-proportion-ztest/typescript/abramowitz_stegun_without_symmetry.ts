// Abramowitz and Stegun 7.1.26, which holds only for x >= 0, applied to negative x as well
export function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 1 - poly * Math.exp(-x * x);
}

export function twoProportionZTest(
  successesA: number,
  nA: number,
  successesB: number,
  nB: number,
): { z: number; pValue: number } {
  if (nA <= 0 || nB <= 0) throw new Error("sample sizes must be positive");
  if (successesA < 0 || successesA > nA || successesB < 0 || successesB > nB) {
    throw new Error("success counts must be between 0 and the sample size");
  }
  const pA = successesA / nA;
  const pB = successesB / nB;
  const pooled = (successesA + successesB) / (nA + nB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  if (se === 0) return { z: 0, pValue: 1 };
  const z = (pB - pA) / se;
  return { z, pValue: Math.min(1, 1 - erf(Math.abs(z) / Math.SQRT2)) };
}
