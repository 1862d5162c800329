import math


def apply_rope(x: list[float], position: int, base: float = 10000.0) -> list[float]:
    """Rotate each pair (x[2i], x[2i+1]) counter-clockwise by position * base ** (-2i / d)."""
    d = len(x)
    if d == 0 or d % 2:
        raise ValueError(f"x must have a positive even length, not {d}")
    if position < 0:
        raise ValueError(f"position must be >= 0, not {position}")
    out = [0.0] * d
    for i in range(d // 2):
        angle = position * base ** (-2 * i / d)
        c, s = math.cos(angle), math.sin(angle)
        a, b = x[2 * i], x[2 * i + 1]
        out[2 * i] = a * c - b * s
        out[2 * i + 1] = a * s + b * c
    return out
