# sums the Maclaurin series for every x: for large |x| the huge alternating terms cancel into garbage
import math


def erf(x: float) -> float:
    term = x
    total = x
    n = 0
    while abs(term) > 1e-17 * max(abs(total), 1e-300):
        n += 1
        term *= -x * x / n
        total += term / (2 * n + 1)
        if n > 10_000:
            break
    return 2.0 / math.sqrt(math.pi) * total


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
