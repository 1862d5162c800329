def reverse_string(s: str) -> str:
    """Return s reversed, code point by code point.

    reverse_string("hello") == "olleh"; reverse_string("") == "".
    Must run in O(n) time.
    """
    raise NotImplementedError
