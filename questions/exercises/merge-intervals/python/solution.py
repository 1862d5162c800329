from typing import List, Sequence


def merge_intervals(intervals: List[Sequence[int]]) -> List[List[int]]:
    """Merge overlapping or touching closed intervals; return new [start, end]
    lists sorted by start.

    Raise ValueError if some interval has start > end. Do not modify the input.
    merge_intervals([[1, 3], [2, 6], [8, 10]]) == [[1, 6], [8, 10]]
    Must run in O(n log n) time.
    """
    raise NotImplementedError
