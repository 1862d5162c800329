def lower_bound(arr: list[float], target: float) -> int:
    """First index i with arr[i] >= target, or len(arr). arr is sorted. O(log n)."""
    raise NotImplementedError


def upper_bound(arr: list[float], target: float) -> int:
    """First index i with arr[i] > target, or len(arr). arr is sorted. O(log n)."""
    raise NotImplementedError
