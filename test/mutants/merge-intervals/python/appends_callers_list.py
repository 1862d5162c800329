# appends the caller's own [start, end] list and then extends its end in place, corrupting the input
from typing import List, Sequence


def merge_intervals(intervals: List[Sequence[int]]) -> List[List[int]]:
    """Sort by start, then sweep once: O(n log n) time, O(n) space."""
    for start, end in intervals:
        if start > end:
            raise ValueError(f"invalid interval [{start}, {end}]: start > end")
    merged: List[List[int]] = []
    for interval in sorted(intervals, key=lambda iv: iv[0]):
        start, end = interval
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append(interval)
    return merged
