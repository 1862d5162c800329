# forbidden shortcut: delegates to the standard library's bisect module
from bisect import bisect_left, bisect_right


def lower_bound(arr: list[float], target: float) -> int:
    return bisect_left(arr, target)


def upper_bound(arr: list[float], target: float) -> int:
    return bisect_right(arr, target)
