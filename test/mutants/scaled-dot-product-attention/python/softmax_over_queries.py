# normalises each key's weights over the queries (wrong axis) instead of over the keys
import math


def _check_width(rows: list[list[float]], name: str) -> int:
    width = len(rows[0])
    if any(len(row) != width for row in rows):
        raise ValueError(f"rows of {name} have different lengths")
    return width


def scaled_dot_product_attention(
    q: list[list[float]],
    k: list[list[float]],
    v: list[list[float]],
    causal: bool = False,
) -> list[list[float]]:
    """Return softmax(q @ k^T / sqrt(d)) @ v as a list of rows.

    q is n x d, k is m x d, v is m x dv. With causal=True, query i may only
    attend to keys 0..i (requires len(q) == len(k)). Raise ValueError on shapes
    that do not fit. An empty q returns [].
    """
    if not q:
        return []
    if not k:
        raise ValueError("no keys to attend to")
    if len(k) != len(v):
        raise ValueError("k and v must have the same number of rows")
    d = _check_width(q, "q")
    if _check_width(k, "k") != d:
        raise ValueError("q and k must have the same width")
    if d == 0:
        raise ValueError("width must be positive")
    dv = _check_width(v, "v")
    if causal and len(q) != len(k):
        raise ValueError("a causal mask needs len(q) == len(k)")

    scale = 1.0 / math.sqrt(d)
    n, m = len(q), len(k)
    scores = [[sum(a * b for a, b in zip(q[i], k[j])) * scale for j in range(m)] for i in range(n)]
    weights = [[0.0] * m for _ in range(n)]
    for j in range(m):
        allowed = [i for i in range(n) if not causal or j <= i]
        top = max(scores[i][j] for i in allowed)
        total = sum(math.exp(scores[i][j] - top) for i in allowed)
        for i in allowed:
            weights[i][j] = math.exp(scores[i][j] - top) / total
    return [[sum(weights[i][j] * v[j][c] for j in range(m)) for c in range(dv)] for i in range(n)]
