# slow: compares every positive with every negative, O(P * N)
import math


def roc_auc(labels: list[int], scores: list[float]) -> float:
    if not labels or len(labels) != len(scores):
        raise ValueError("bad lengths")
    if any(label not in (0, 1) for label in labels) or any(math.isnan(s) for s in scores):
        raise ValueError("bad values")
    pos = [s for s, label in zip(scores, labels) if label == 1]
    neg = [s for s, label in zip(scores, labels) if label == 0]
    if not pos or not neg:
        raise ValueError("one class")
    total = 0.0
    for p in pos:
        for q in neg:
            total += 1.0 if p > q else 0.5 if p == q else 0.0
    return total / (len(pos) * len(neg))
