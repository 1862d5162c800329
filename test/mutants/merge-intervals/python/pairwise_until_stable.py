# merges any two overlapping intervals and starts over until no pair overlaps: O(n^2) comparisons per pass
from typing import List, Sequence


def merge_intervals(intervals: List[Sequence[int]]) -> List[List[int]]:
    for start, end in intervals:
        if start > end:
            raise ValueError(f"invalid interval [{start}, {end}]: start > end")
    result = [[start, end] for start, end in intervals]
    merged_some = True
    while merged_some:
        merged_some = False
        for i in range(len(result)):
            for j in range(i + 1, len(result)):
                a, b = result[i], result[j]
                if a[0] <= b[1] and b[0] <= a[1]:
                    result[i] = [min(a[0], b[0]), max(a[1], b[1])]
                    del result[j]
                    merged_some = True
                    break
            if merged_some:
                break
    return sorted(result)
