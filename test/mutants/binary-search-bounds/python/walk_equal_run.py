# slow on duplicates: binary search finds one equal element, then walks to the edge of the run of equal values (O(n) for long runs)
def _find(arr: list[float], target: float) -> int:
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < target:
            lo = mid + 1
        elif arr[mid] > target:
            hi = mid
        else:
            return mid
    return -1 - lo


def lower_bound(arr: list[float], target: float) -> int:
    i = _find(arr, target)
    if i < 0:
        return -1 - i
    while i > 0 and arr[i - 1] == target:
        i -= 1
    return i


def upper_bound(arr: list[float], target: float) -> int:
    i = _find(arr, target)
    if i < 0:
        return -1 - i
    while i < len(arr) and arr[i] == target:
        i += 1
    return i
