# recursion on s[1:]: O(n^2) copying and far too deep for a long string
def reverse_string(s: str) -> str:
    """Return s reversed, code point by code point, in O(n) time."""
    if len(s) <= 1:
        return s
    return reverse_string(s[1:]) + s[0]
