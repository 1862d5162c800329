# builds the result by prepending one character at a time: O(n^2) copying
def reverse_string(s: str) -> str:
    """Return s reversed, code point by code point, in O(n) time."""
    result = ""
    for ch in s:
        result = ch + result
    return result
