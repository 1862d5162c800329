# loop bound: `while lo <= hi` with `hi = mid` never ends once lo == hi
def lower_bound(arr: list[float], target: float) -> int:
    """First index i with arr[i] >= target, or len(arr). arr is sorted. O(log n)."""
    lo, hi = 0, len(arr)
    # Invariant: arr[:lo] < target <= arr[hi:]
    while lo <= hi and lo < len(arr):
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
        if arr[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo
