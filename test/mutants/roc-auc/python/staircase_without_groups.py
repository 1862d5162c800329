# ties: walks the ROC curve one example at a time, so inside a group of tied scores the area depends on the input order
import math


def roc_auc(labels: list[int], scores: list[float]) -> float:
    if not labels or len(labels) != len(scores):
        raise ValueError("bad lengths")
    if any(label not in (0, 1) for label in labels) or any(math.isnan(s) for s in scores):
        raise ValueError("bad values")
    positives = sum(labels)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        raise ValueError("one class")
    order = sorted(range(len(labels)), key=lambda i: -scores[i])
    tp = 0
    area = 0.0
    for i in order:
        if labels[i] == 1:
            tp += 1
        else:
            area += tp / positives * (1 / negatives)  # one negative: a step right at the current height
    return area
