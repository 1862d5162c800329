def apply_rope(x: list[float], position: int, base: float = 10000.0) -> list[float]:
    """Rotate each pair (x[2i], x[2i+1]) counter-clockwise by position * base ** (-2i / d).

    Raise ValueError if x is empty or of odd length, or if position < 0. Do not modify x.
    apply_rope([1, 0, 1, 0], 1) -> [cos 1, sin 1, cos 0.01, sin 0.01]
    """
    raise NotImplementedError
