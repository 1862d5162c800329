# subtracts nums[i - k + 1] instead of nums[i - k] when the window slides: the leaving element is off by one
from typing import List


def max_window_sum(nums: List[int], k: int) -> int:
    """Sliding window: O(n) time, O(1) extra space."""
    if k < 1 or k > len(nums):
        raise ValueError(f"need 1 <= k <= len(nums), got k={k}, len={len(nums)}")
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k + 1]
        if window > best:
            best = window
    return best
