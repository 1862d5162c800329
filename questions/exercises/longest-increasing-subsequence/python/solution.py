def longest_increasing_subsequence(nums: list[float]) -> list[float]:
    """One longest strictly increasing subsequence of nums (its values, in order). O(n log n)."""
    raise NotImplementedError
