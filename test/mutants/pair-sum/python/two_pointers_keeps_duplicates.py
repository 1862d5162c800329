# two pointers that do not skip repeated values, so a pair is reported once per match
from collections import Counter
from typing import List, Tuple


def pair_sum(nums: List[int], target: int) -> List[Tuple[int, int]]:
    """Distinct value pairs summing to target: O(n) counting plus sorting the distinct values."""
    xs = sorted(nums)
    pairs: List[Tuple[int, int]] = []
    lo, hi = 0, len(xs) - 1
    while lo < hi:
        s = xs[lo] + xs[hi]
        if s < target:
            lo += 1
        elif s > target:
            hi -= 1
        else:
            pairs.append((xs[lo], xs[hi]))
            lo += 1
            hi -= 1
    return pairs
