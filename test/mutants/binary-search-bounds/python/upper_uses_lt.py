# `<` where the prompt says `>`: upper_bound uses the same comparison as lower_bound, so it stops before equal elements
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
    lo, hi = 0, len(arr)
    # Invariant: arr[:lo] <= target < arr[hi:]
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
