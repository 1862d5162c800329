# generates every subset of positions (2^n) and removes duplicates afterwards
from itertools import combinations


def unique_subsets(items):
    ordered = sorted(items)
    seen = set()
    for r in range(len(ordered) + 1):
        for combo in combinations(ordered, r):
            seen.add(combo)
    return [list(s) for s in sorted(seen)]
