# scales by sqrt of the value width dv instead of the key width d
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

    scale = 1.0 / math.sqrt(dv)
    out: list[list[float]] = []
    for i, qi in enumerate(q):
        limit = i + 1 if causal else len(k)
        scores = [sum(a * b for a, b in zip(qi, k[j])) * scale for j in range(limit)]
        top = max(scores)
        # Shifting by the max keeps every exponent <= 0, so exp never overflows.
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        row = [0.0] * dv
        for weight, vj in zip(exps, v):
            w = weight / total
            for c in range(dv):
                row[c] += w * vj[c]
        out.append(row)
    return out
