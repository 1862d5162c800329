# empty case: encode(0) returns an empty string because the loop never runs
from typing import Dict, List

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
BASE = len(ALPHABET)
_DIGIT: Dict[str, int] = {ch: i for i, ch in enumerate(ALPHABET)}


def encode(n: int) -> str:
    """Base62 code of n, most significant digit first. O(number of digits)."""
    if n < 0:
        raise ValueError(f"n must be non-negative, got {n}")
    digits: List[str] = []
    while n > 0:
        n, r = divmod(n, BASE)
        digits.append(ALPHABET[r])
    return "".join(reversed(digits))


def decode(code: str) -> int:
    """Integer value of a base62 code (Horner's rule). O(len(code))."""
    if not code:
        raise ValueError("empty code")
    value = 0
    for ch in code:
        digit = _DIGIT.get(ch)
        if digit is None:
            raise ValueError(f"invalid base62 character {ch!r} in {code!r}")
        value = value * BASE + digit
    return value
