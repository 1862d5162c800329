# rotates x in place and computes the second coordinate from the already rotated first one
import math


def apply_rope(x, position, base=10000.0):
    d = len(x)
    if d == 0 or d % 2:
        raise ValueError("x must have a positive even length")
    if position < 0:
        raise ValueError("position must be >= 0")
    for i in range(d // 2):
        angle = position * base ** (-2 * i / d)
        c, s = math.cos(angle), math.sin(angle)
        x[2 * i] = x[2 * i] * c - x[2 * i + 1] * s
        x[2 * i + 1] = x[2 * i] * s + x[2 * i + 1] * c
    return x
