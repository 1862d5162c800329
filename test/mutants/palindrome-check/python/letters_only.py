# skips digits too: uses isalpha() where the prompt says letters and digits
def is_palindrome(s: str) -> bool:
    """Two pointers over letters and digits, case-insensitive; O(n) time, O(1) extra space."""
    left, right = 0, len(s) - 1
    while left < right:
        while left < right and not s[left].isalpha():
            left += 1
        while left < right and not s[right].isalpha():
            right -= 1
        if s[left].lower() != s[right].lower():
            return False
        left += 1
        right -= 1
    return True
