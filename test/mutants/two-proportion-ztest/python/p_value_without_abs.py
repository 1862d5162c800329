# computes 2 (1 - Phi(z)) without the absolute value, so a negative z gives a p-value above 1
import math

_TWO_OVER_SQRT_PI = 2.0 / math.sqrt(math.pi)


def _erfc_tail(x: float) -> float:
    """erfc(x) for x >= 3 by its continued fraction, evaluated backwards."""
    k = x
    for j in range(60, 0, -1):
        k = x + (j / 2.0) / k
    return math.exp(-x * x) / (math.sqrt(math.pi) * k)


def erf(x: float) -> float:
    """Error function, implemented without math.erf; absolute error < 1e-6."""
    if x < 0:
        return -erf(-x)
    if x >= 3.0:
        return 1.0 - _erfc_tail(x)
    # Maclaurin series: sum of (-1)^n x^(2n+1) / (n! (2n+1)).
    term = x
    total = x
    n = 0
    while abs(term) > 1e-17 * abs(total):
        n += 1
        term *= -x * x / n
        total += term / (2 * n + 1)
    return _TWO_OVER_SQRT_PI * total


def _erfc(x: float) -> float:
    # For x >= 3, 1 - erf(x) would lose the relative precision of small p-values.
    return _erfc_tail(x) if x >= 3.0 else 1.0 - erf(x)


def two_proportion_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int) -> tuple[float, float]:
    """Pooled two-proportion z-test. Return (z, two-sided p-value).

    z = (p_b - p_a) / SE with the pooled SE. If SE == 0 return (0.0, 1.0).
    Raise ValueError for non-positive sizes or counts outside [0, n].
    """
    if n_a <= 0 or n_b <= 0:
        raise ValueError("sample sizes must be positive")
    if not 0 <= successes_a <= n_a or not 0 <= successes_b <= n_b:
        raise ValueError("success counts must be between 0 and the sample size")
    p_a = successes_a / n_a
    p_b = successes_b / n_b
    pooled = (successes_a + successes_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    if se == 0:
        return 0.0, 1.0
    z = (p_b - p_a) / se
    p_value = 2 * (1 - 0.5 * (1 + erf(z / math.sqrt(2))))
    return z, p_value
