# sorts the caller's list in place (intervals.sort()), which reorders the input
from typing import List, Sequence


def merge_intervals(intervals: List[Sequence[int]]) -> List[List[int]]:
    """Sort by start, then sweep once: O(n log n) time, O(n) space."""
    for start, end in intervals:
        if start > end:
            raise ValueError(f"invalid interval [{start}, {end}]: start > end")
    merged: List[List[int]] = []
    intervals.sort(key=lambda iv: iv[0])
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])  # a new list: never alias the caller's data
    return merged
