# greedy: always takes the largest coin that fits, which is wrong for coin systems like [1, 3, 4]
def _check(coins, amount):
    if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
        raise ValueError("bad amount")
    if any(isinstance(c, bool) or not isinstance(c, int) or c < 1 for c in coins):
        raise ValueError("bad coin")


def min_coins(coins, amount):
    _check(coins, amount)
    count = 0
    for c in sorted(set(coins), reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1


def count_ways(coins, amount):
    _check(coins, amount)
    ways = [1] + [0] * amount
    for c in sorted(set(coins)):
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    return ways[amount]
