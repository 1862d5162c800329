def min_coins(coins: list[int], amount: int) -> int:
    """The fewest coins (unlimited supply of each denomination) adding up to amount; -1 if impossible.

    Raise ValueError for a coin that is not a positive integer or a negative amount. O(len(coins) * amount).
    """
    raise NotImplementedError


def count_ways(coins: list[int], amount: int) -> int:
    """The number of ways to make amount, ignoring the order of the coins. O(len(coins) * amount)."""
    raise NotImplementedError
