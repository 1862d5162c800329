def days_until_warmer(temps: list[float]) -> list[int]:
    """For each day, the days to wait for a strictly warmer day; 0 if none. O(n)."""
    raise NotImplementedError


def next_greater_circular(nums: list[float]) -> list[float]:
    """For each element of a circular list, the first larger value going forward; -1 if none. O(n)."""
    raise NotImplementedError
