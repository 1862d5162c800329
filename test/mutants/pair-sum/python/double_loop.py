# O(n^2): checks every pair of positions with a double loop
from collections import Counter
from typing import List, Tuple


def pair_sum(nums: List[int], target: int) -> List[Tuple[int, int]]:
    """Distinct value pairs summing to target: O(n) counting plus sorting the distinct values."""
    found = set()
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                found.add((min(nums[i], nums[j]), max(nums[i], nums[j])))
    return sorted(found)
