# epsilon: adds eps to the standard deviation instead of to the variance
import math


def layer_norm(x: list[list[float]], gamma: list[float], beta: list[float], eps: float = 1e-5) -> list[list[float]]:
    """Normalise each row over its features, then scale by gamma and shift by beta.

    Raise ValueError for ragged or empty rows, gamma or beta of the wrong length, or eps <= 0.
    """
    if not eps > 0:
        raise ValueError(f"eps must be > 0, got {eps}")
    if not x:
        return []
    d = len(x[0])
    if d == 0:
        raise ValueError("rows must not be empty")
    if any(len(row) != d for row in x):
        raise ValueError("rows have different lengths")
    if len(gamma) != d or len(beta) != d:
        raise ValueError(f"gamma and beta need {d} values, got {len(gamma)} and {len(beta)}")
    out = []
    for row in x:
        mu = sum(row) / d
        var = sum((v - mu) ** 2 for v in row) / d  # from deviations: no cancellation
        inv = 1.0 / (math.sqrt(var) + eps)
        out.append([g * (v - mu) * inv + b for v, g, b in zip(row, gamma, beta)])
    return out
