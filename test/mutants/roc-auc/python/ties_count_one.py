# ties: a tie counts as a win (score >= instead of >)
import math


def roc_auc(labels: list[int], scores: list[float]) -> float:
    """Area under the ROC curve: the chance that a random positive outscores a random negative,
    ties counting one half.

    Raise ValueError for empty or mismatched input, a label other than 0/1, a NaN score,
    or a single class. O(n log n) time.
    """
    n = len(labels)
    if n == 0 or n != len(scores):
        raise ValueError(f"need two non-empty lists of one length, got {n} labels and {len(scores)} scores")
    if any(label not in (0, 1) for label in labels):
        raise ValueError("labels must be 0 or 1")
    if any(math.isnan(score) for score in scores):
        raise ValueError("a score is NaN")
    positives = sum(labels)
    negatives = n - positives
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs at least one positive and one negative")
    order = sorted(range(n), key=lambda i: scores[i])
    total = 0.0  # correctly ordered pairs, ties counting 1/2
    below = 0  # negatives with a lower score than the current group
    i = 0
    while i < n:
        j = i
        while j < n and scores[order[j]] == scores[order[i]]:
            j += 1
        pos = sum(labels[order[k]] for k in range(i, j))
        neg = (j - i) - pos
        total += pos * (below + neg)
        below += neg
        i = j
    return total / (positives * negatives)
