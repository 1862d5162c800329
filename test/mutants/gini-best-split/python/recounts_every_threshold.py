# slow: recounts both sides from scratch for every candidate threshold, O(n^2)
import math
from collections import Counter


def _gini(labels):
    m = len(labels)
    return 1.0 - sum((c / m) ** 2 for c in Counter(labels).values())


def best_split(values, labels):
    if len(values) != len(labels) or any(math.isnan(v) for v in values):
        raise ValueError("bad input")
    distinct = sorted(set(values))
    best = None
    n = len(values)
    for a, b in zip(distinct, distinct[1:]):
        t = (a + b) / 2
        left = [label for v, label in zip(values, labels) if v <= t]
        right = [label for v, label in zip(values, labels) if v > t]
        impurity = (len(left) * _gini(left) + len(right) * _gini(right)) / n
        if best is None or impurity < best[1] - 1e-12:
            best = (t, impurity)
    return best
