# forgets to ignore case
def is_palindrome(s: str) -> bool:
    """Two pointers over letters and digits, case-insensitive; O(n) time, O(1) extra space."""
    left, right = 0, len(s) - 1
    while left < right:
        while left < right and not s[left].isalnum():
            left += 1
        while left < right and not s[right].isalnum():
            right -= 1
        if s[left] != s[right]:
            return False
        left += 1
        right -= 1
    return True
