def is_palindrome(s: str) -> bool:
    """Return True if s reads the same forwards and backwards, looking only at
    letters and digits and ignoring case.

    is_palindrome("A man, a plan, a canal: Panama") is True
    is_palindrome("race a car") is False
    """
    raise NotImplementedError
