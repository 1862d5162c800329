# off-by-one: hi starts at len(arr) - 1, so a target above every element returns len(arr) - 1
def lower_bound(arr: list[float], target: float) -> int:
    """First index i with arr[i] >= target, or len(arr). arr is sorted. O(log n)."""
    lo, hi = 0, len(arr)
    # Invariant: arr[:lo] < target <= arr[hi:]
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(arr: list[float], target: float) -> int:
    """First index i with arr[i] > target, or len(arr). arr is sorted. O(log n)."""
    lo, hi = 0, max(len(arr) - 1, 0)
    # Invariant: arr[:lo] <= target < arr[hi:]
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo
