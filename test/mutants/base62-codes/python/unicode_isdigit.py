# Unicode letters: classifies characters with str.isdigit/islower/isupper, which also accept non-ASCII digits and letters
from typing import List

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def encode(n: int) -> str:
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return "0"
    digits: List[str] = []
    while n:
        n, r = divmod(n, 62)
        digits.append(ALPHABET[r])
    return "".join(reversed(digits))


def decode(code: str) -> int:
    if not code:
        raise ValueError("empty code")
    value = 0
    for ch in code:
        if ch.isdigit():
            digit = int(ch)
        elif ch.islower() and ch.isalpha() and ord(ch) < 128:
            digit = ord(ch) - ord("a") + 10
        elif ch.isupper() and ord(ch) < 128:
            digit = ord(ch) - ord("A") + 36
        else:
            raise ValueError(f"invalid character {ch!r}")
        value = value * 62 + digit
    return value
