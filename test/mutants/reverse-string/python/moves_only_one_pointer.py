# two pointers where only the left one moves: the right end is swapped again and again
def reverse_string(s: str) -> str:
    """Return s reversed, code point by code point, in O(n) time."""
    chars = list(s)
    i, j = 0, len(chars) - 1
    while i < j:
        chars[i], chars[j] = chars[j], chars[i]
        i += 1
    return "".join(chars)
