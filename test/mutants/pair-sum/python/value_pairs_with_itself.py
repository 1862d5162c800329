# (a, a) counted from a single occurrence: the pair reuses one position
from collections import Counter
from typing import List, Tuple


def pair_sum(nums: List[int], target: int) -> List[Tuple[int, int]]:
    """Distinct value pairs summing to target: O(n) counting plus sorting the distinct values."""
    counts = Counter(nums)
    pairs: List[Tuple[int, int]] = []
    for a in sorted(counts):
        b = target - a
        if a < b and b in counts:
            pairs.append((a, b))
        elif a == b and counts[a] >= 1:
            pairs.append((a, b))
    return pairs
