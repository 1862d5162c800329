ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def encode(n: int) -> str:
    """Return the base62 code of n (most significant digit first, "0" for 0).

    Raise ValueError if n is negative. encode(125) == "21".
    """
    raise NotImplementedError


def decode(code: str) -> int:
    """Return the integer for a base62 code; leading zeros are allowed.

    Raise ValueError for an empty string or a character outside ALPHABET.
    """
    raise NotImplementedError
