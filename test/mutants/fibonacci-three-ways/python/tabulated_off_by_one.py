# off-by-one: the loop runs n - 1 times and returns b, so F(0) comes out as 1
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
    _check(n)
    a, b = 0, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b
