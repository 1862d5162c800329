# reverses UTF-16 code units, which splits an emoji into two swapped surrogates
def reverse_string(s: str) -> str:
    """Return s reversed, code point by code point, in O(n) time."""
    units = s.encode("utf-16-le", "surrogatepass")
    pairs = [units[k : k + 2] for k in range(0, len(units), 2)]
    return b"".join(reversed(pairs)).decode("utf-16-le", "surrogatepass")
