# reverses the UTF-8 bytes, which scrambles every multi-byte character
def reverse_string(s: str) -> str:
    """Return s reversed, code point by code point, in O(n) time."""
    return s.encode("utf-8")[::-1].decode("utf-8", errors="replace")
