def channel_scales(w: list[list[float]]) -> list[float]:
    """One scale per row (output channel): max |w| of the row / 127, so 0 for an all-zero row.
    Raise ValueError for an empty or ragged matrix or a weight that is not finite."""
    raise NotImplementedError


def quantize(w: list[list[float]], scales: list[float]) -> list[list[int]]:
    """q = round(w / scale) per row, halves away from zero, clamped to [-127, 127].
    A row whose scale is 0 gets all-zero codes. Raise ValueError for shapes that do not fit
    or a negative scale."""
    raise NotImplementedError


def dequantize(q: list[list[int]], scales: list[float]) -> list[list[float]]:
    """w_hat = q * scale per row."""
    raise NotImplementedError


def max_abs_error(w: list[list[float]]) -> float:
    """The largest |w - dequantize(quantize(w, s), s)| over all entries, with s = channel_scales(w)."""
    raise NotImplementedError
