# invalid input: ALPHABET.find returns -1 for a bad character and the code uses it as a digit
from typing import Dict, List

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
BASE = len(ALPHABET)
_DIGIT: Dict[str, int] = {ch: i for i, ch in enumerate(ALPHABET)}


def encode(n: int) -> str:
    """Base62 code of n, most significant digit first. O(number of digits)."""
    if n < 0:
        raise ValueError(f"n must be non-negative, got {n}")
    if n == 0:
        return ALPHABET[0]
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
        digit = ALPHABET.find(ch)
        value = value * BASE + digit
    return value
