# stops the slide one step early (range(k, len(nums) - 1)), so the window ending at the last element is never seen
from typing import List


def max_window_sum(nums: List[int], k: int) -> int:
    """Sliding window: O(n) time, O(1) extra space."""
    if k < 1 or k > len(nums):
        raise ValueError(f"need 1 <= k <= len(nums), got k={k}, len={len(nums)}")
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums) - 1):
        window += nums[i] - nums[i - k]
        if window > best:
            best = window
    return best
