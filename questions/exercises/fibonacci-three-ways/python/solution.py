def fib_recursive(n: int) -> int:
    """F(n) by plain recursion straight from the definition.

    F(0) = 0, F(1) = 1, F(n) = F(n-1) + F(n-2). Raise ValueError if n < 0.
    """
    raise NotImplementedError


def fib_memo(n: int) -> int:
    """F(n) by top-down recursion with a cache, O(n) additions. Raise ValueError if n < 0."""
    raise NotImplementedError


def fib_tabulated(n: int) -> int:
    """F(n) by a bottom-up loop, O(n) additions and O(1) extra space. Raise ValueError if n < 0."""
    raise NotImplementedError
