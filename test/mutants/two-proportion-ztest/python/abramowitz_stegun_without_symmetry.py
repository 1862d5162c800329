# Abramowitz and Stegun 7.1.26, which holds only for x >= 0, applied to negative x as well
import math


def erf(x: float) -> float:
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return 1.0 - poly * math.exp(-x * x)


def two_proportion_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int) -> tuple[float, float]:
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
    return z, min(1.0, 1 - erf(abs(z) / math.sqrt(2)))
