# does not check the length, so an odd-length vector leaves its last element unrotated instead of failing
import math


def apply_rope(x, position, base=10000.0):
    d = len(x)
    if d == 0:
        raise ValueError("x must not be empty")
    if position < 0:
        raise ValueError("position must be >= 0")
    out = list(x)
    for i in range(d // 2):
        angle = position * base ** (-2 * i / d)
        c, s = math.cos(angle), math.sin(angle)
        a, b = x[2 * i], x[2 * i + 1]
        out[2 * i] = a * c - b * s
        out[2 * i + 1] = a * s + b * c
    return out
