# two pointers after sorting the caller's list in place
from collections import Counter
from typing import List, Tuple


def pair_sum(nums: List[int], target: int) -> List[Tuple[int, int]]:
    """Distinct value pairs summing to target: O(n) counting plus sorting the distinct values."""
    nums.sort()
    pairs: List[Tuple[int, int]] = []
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        s = nums[lo] + nums[hi]
        if s < target:
            lo += 1
        elif s > target:
            hi -= 1
        else:
            if not pairs or pairs[-1] != (nums[lo], nums[hi]):
                pairs.append((nums[lo], nums[hi]))
            lo += 1
            hi -= 1
    return pairs
