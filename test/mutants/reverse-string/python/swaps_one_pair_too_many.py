# off-by-one: loops over range(n // 2 + 1), which undoes the middle swap of an even-length string
def reverse_string(s: str) -> str:
    """Return s reversed, code point by code point, in O(n) time."""
    chars = list(s)
    n = len(chars)
    for i in range(n // 2 + 1):
        j = n - 1 - i
        if 0 <= j < n:
            chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)
