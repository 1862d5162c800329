# recursion on s[1:-1]: O(n^2) copying and too deep for long strings
def is_palindrome(s: str) -> bool:
    """Two pointers over letters and digits, case-insensitive; O(n) time, O(1) extra space."""
    if len(s) < 2:
        return True
    if not s[0].isalnum():
        return is_palindrome(s[1:])
    if not s[-1].isalnum():
        return is_palindrome(s[:-1])
    return s[0].lower() == s[-1].lower() and is_palindrome(s[1:-1])
