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
    raise NotImplementedError
