# never checks start <= end, so an invalid interval is merged as if it were fine
from typing import List, Sequence


def merge_intervals(intervals: List[Sequence[int]]) -> List[List[int]]:
    """Sort by start, then sweep once: O(n log n) time, O(n) space."""
    merged: List[List[int]] = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])  # a new list: never alias the caller's data
    return merged
