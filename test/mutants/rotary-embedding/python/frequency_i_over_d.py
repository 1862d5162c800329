# uses base ** (-i / d) instead of base ** (-2i / d), so the frequencies fall too slowly
import math


def apply_rope(x, position, base=10000.0):
    d = len(x)
    if d == 0 or d % 2:
        raise ValueError("x must have a positive even length")
    if position < 0:
        raise ValueError("position must be >= 0")
    out = [0.0] * d
    for i in range(d // 2):
        angle = position * base ** (-i / d)
        c, s = math.cos(angle), math.sin(angle)
        a, b = x[2 * i], x[2 * i + 1]
        out[2 * i] = a * c - b * s
        out[2 * i + 1] = a * s + b * c
    return out
