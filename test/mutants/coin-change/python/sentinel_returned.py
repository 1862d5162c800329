# impossible amounts: fills the table with amount + 1 as 'infinity' and returns it instead of -1
import math


def _denominations(coins: list[int], amount: int) -> list[int]:
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise ValueError(f"amount must be an integer >= 0, got {amount!r}")
    for c in coins:
        if isinstance(c, bool) or not isinstance(c, int) or c < 1:
            raise ValueError(f"coins must be positive integers, got {c!r}")
    return sorted(set(coins))


def min_coins(coins: list[int], amount: int) -> int:
    """The fewest coins (unlimited supply of each denomination) adding up to amount; -1 if impossible.

    Raise ValueError for a coin that is not a positive integer or a negative amount. O(len(coins) * amount).
    """
    denominations = _denominations(coins, amount)
    best = [0] + [amount + 1] * amount
    for x in range(1, amount + 1):
        for c in denominations:
            if c > x:
                break
            if best[x - c] + 1 < best[x]:
                best[x] = best[x - c] + 1
    return best[amount]


def count_ways(coins: list[int], amount: int) -> int:
    """The number of ways to make amount, ignoring the order of the coins. O(len(coins) * amount)."""
    denominations = _denominations(coins, amount)
    ways = [1] + [0] * amount
    for c in denominations:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    return ways[amount]
