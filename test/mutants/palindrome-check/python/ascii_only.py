# ASCII-only test for letters and digits, so accented and non-Latin letters are skipped
import string

ASCII_ALNUM = set(string.ascii_letters + string.digits)


def is_palindrome(s: str) -> bool:
    """Two pointers over letters and digits, case-insensitive; O(n) time, O(1) extra space."""
    left, right = 0, len(s) - 1
    while left < right:
        while left < right and s[left] not in ASCII_ALNUM:
            left += 1
        while left < right and s[right] not in ASCII_ALNUM:
            right -= 1
        if s[left].lower() != s[right].lower():
            return False
        left += 1
        right -= 1
    return True
