# ties: Mann-Whitney U with the positions 1..n as ranks instead of averaging the ranks of tied scores
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
    order = sorted(range(len(labels)), key=lambda i: scores[i])
    rank_sum = sum(rank for rank, i in enumerate(order, 1) if labels[i] == 1)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
