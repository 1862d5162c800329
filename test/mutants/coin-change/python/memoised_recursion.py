# recursion: top-down with a cache is the right recurrence, but an amount of 10,000 recurses far past Python's stack limit
from functools import lru_cache


def _check(coins, amount):
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise ValueError("bad amount")
    if any(isinstance(c, bool) or not isinstance(c, int) or c < 1 for c in coins):
        raise ValueError("bad coin")
    return tuple(sorted(set(coins)))


def min_coins(coins, amount):
    denominations = _check(coins, amount)

    @lru_cache(maxsize=None)
    def best(x):
        if x == 0:
            return 0
        options = [best(x - c) for c in denominations if c <= x]
        options = [o for o in options if o >= 0]
        return 1 + min(options) if options else -1

    return best(amount)


def count_ways(coins, amount):
    denominations = _check(coins, amount)

    @lru_cache(maxsize=None)
    def ways(x, i):
        if x == 0:
            return 1
        if i == len(denominations) or x < 0:
            return 0
        return ways(x - denominations[i], i) + ways(x, i + 1)

    return ways(amount, 0)
