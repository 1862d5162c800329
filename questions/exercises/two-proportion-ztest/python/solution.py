def erf(x: float) -> float:
    """Error function, implemented without math.erf; absolute error < 1e-6."""
    raise NotImplementedError


def two_proportion_ztest(successes_a: int, n_a: int, successes_b: int, n_b: int) -> tuple[float, float]:
    """Pooled two-proportion z-test. Return (z, two-sided p-value).

    z = (p_b - p_a) / SE with the pooled SE. If SE == 0 return (0.0, 1.0).
    Raise ValueError for non-positive sizes or counts outside [0, n].
    """
    raise NotImplementedError
