# sums the k largest values, which need not be consecutive
from typing import List


def max_window_sum(nums: List[int], k: int) -> int:
    if k < 1 or k > len(nums):
        raise ValueError(f"need 1 <= k <= len(nums), got k={k}, len={len(nums)}")
    return sum(sorted(nums, reverse=True)[:k])
