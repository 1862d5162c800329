# pairs x[i] with x[i + d/2] (the "rotate half" layout) instead of neighbours x[2i], x[2i+1]
import math


def apply_rope(x, position, base=10000.0):
    d = len(x)
    if d == 0 or d % 2:
        raise ValueError("x must have a positive even length")
    if position < 0:
        raise ValueError("position must be >= 0")
    half = d // 2
    out = [0.0] * d
    for i in range(half):
        angle = position * base ** (-2 * i / d)
        c, s = math.cos(angle), math.sin(angle)
        a, b = x[i], x[i + half]
        out[i] = a * c - b * s
        out[i + half] = a * s + b * c
    return out
