def best_split(values: list[float], labels: list) -> tuple[float, float] | None:
    """The threshold (x <= t goes left) minimising the weighted Gini impurity, and that impurity.

    Thresholds are midpoints between consecutive distinct sorted values; ties go to the smallest.
    None with fewer than two distinct values. Raise ValueError for mismatched lengths or NaN.
    O(n log n).
    """
    raise NotImplementedError
