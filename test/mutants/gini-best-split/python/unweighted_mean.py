# weighting: averages the two sides' impurities instead of weighting them by size
import math
from collections import Counter


def _gini(counts: Counter, m: int) -> float:
    return 1.0 - sum((c / m) ** 2 for c in counts.values())


def best_split(values: list[float], labels: list) -> tuple[float, float] | None:
    """The threshold (x <= t goes left) minimising the weighted Gini impurity, and that impurity.

    Thresholds are midpoints between consecutive distinct sorted values; ties go to the smallest.
    None with fewer than two distinct values. Raise ValueError for mismatched lengths or NaN.
    O(n log n).
    """
    if len(values) != len(labels):
        raise ValueError(f"{len(values)} values but {len(labels)} labels")
    if any(math.isnan(v) for v in values):
        raise ValueError("a value is NaN")
    pairs = sorted(zip(values, labels), key=lambda p: p[0])
    n = len(pairs)
    left: Counter = Counter()
    right: Counter = Counter(labels)
    best = None
    for k in range(1, n):
        v_prev, label = pairs[k - 1]
        left[label] += 1  # sample k - 1 moves to the left side
        right[label] -= 1
        if right[label] == 0:
            del right[label]
        if v_prev == pairs[k][0]:
            continue  # no threshold between equal values
        impurity = (_gini(left, k) + _gini(right, n - k)) / 2
        if best is None or impurity < best[1] - 1e-12:
            best = ((v_prev + pairs[k][0]) / 2, impurity)
    return best
