# sums every window from scratch: O(n*k), the approach the prompt rules out
from typing import List


def max_window_sum(nums: List[int], k: int) -> int:
    if k < 1 or k > len(nums):
        raise ValueError(f"need 1 <= k <= len(nums), got k={k}, len={len(nums)}")
    return max(sum(nums[i:i + k]) for i in range(len(nums) - k + 1))
