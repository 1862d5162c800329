def roc_auc(labels: list[int], scores: list[float]) -> float:
    """Area under the ROC curve: the chance that a random positive outscores a random negative,
    ties counting one half.

    Raise ValueError for empty or mismatched input, a label other than 0/1, a NaN score,
    or a single class. O(n log n) time.
    """
    raise NotImplementedError
