// sums the Maclaurin series for every x: for large |x| the huge alternating terms cancel into garbage
export function erf(x: number): number {
  let term = x;
  let total = x;
  for (let n = 1; n <= 10_000 && Math.abs(term) > 1e-17 * Math.max(Math.abs(total), 1e-300); n++) {
    term *= (-x * x) / n;
    total += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * total;
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
