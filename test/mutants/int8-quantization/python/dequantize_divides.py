# dequantises by dividing by the scale instead of multiplying
import math

QMAX = 127


def _check_matrix(w: list[list[float]]) -> None:
    if not w or not w[0] or any(len(row) != len(w[0]) for row in w):
        raise ValueError("w must be a non-empty matrix with rows of equal, positive length")


def _check_scales(w: list[list[float]], scales: list[float]) -> None:
    _check_matrix(w)
    if len(scales) != len(w):
        raise ValueError("one scale per row is needed")
    if any(not (s >= 0 and math.isfinite(s)) for s in scales):
        raise ValueError("scales must be finite and >= 0")


def _round_half_away(v: float) -> int:
    # Python's round() sends halves to the even neighbour (round(2.5) == 2); this sends them away from 0.
    return int(math.copysign(math.floor(abs(v) + 0.5), v))


def channel_scales(w: list[list[float]]) -> list[float]:
    """One scale per row (output channel): max |w| of the row / 127, so 0 for an all-zero row.
    Raise ValueError for an empty or ragged matrix or a weight that is not finite."""
    _check_matrix(w)
    if any(not math.isfinite(v) for row in w for v in row):
        raise ValueError("weights must be finite")
    return [max(abs(v) for v in row) / QMAX for row in w]


def quantize(w: list[list[float]], scales: list[float]) -> list[list[int]]:
    """q = round(w / scale) per row, halves away from zero, clamped to [-127, 127].
    A row whose scale is 0 gets all-zero codes. Raise ValueError for shapes that do not fit
    or a negative scale."""
    _check_scales(w, scales)
    out = []
    for row, s in zip(w, scales):
        if s == 0:
            out.append([0] * len(row))  # nothing to divide by: the row is all zeros
        else:
            out.append([max(-QMAX, min(QMAX, _round_half_away(v / s))) for v in row])
    return out


def dequantize(q: list[list[int]], scales: list[float]) -> list[list[float]]:
    """w_hat = q * scale per row."""
    _check_scales(q, scales)
    return [[v / s if s else 0.0 for v in row] for row, s in zip(q, scales)]


def max_abs_error(w: list[list[float]]) -> float:
    """The largest |w - dequantize(quantize(w, s), s)| over all entries, with s = channel_scales(w)."""
    scales = channel_scales(w)
    restored = dequantize(quantize(w, scales), scales)
    return max(abs(a - b) for row, back in zip(w, restored) for a, b in zip(row, back))
