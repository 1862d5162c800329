from typing import List


def max_window_sum(nums: List[int], k: int) -> int:
    """Return the largest sum of k consecutive elements of nums.

    Raise ValueError if k < 1 or k > len(nums).
    max_window_sum([2, 1, 5, 1, 3, 2], 3) == 9. Must run in O(n) time.
    """
    raise NotImplementedError
