# slow algorithm: scans from the left, O(n) per call
def lower_bound(arr: list[float], target: float) -> int:
    for i, x in enumerate(arr):
        if x >= target:
            return i
    return len(arr)


def upper_bound(arr: list[float], target: float) -> int:
    for i, x in enumerate(arr):
        if x > target:
            return i
    return len(arr)
