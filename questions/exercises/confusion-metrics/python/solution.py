def classification_metrics(y_true: list, y_pred: list, positive) -> dict[str, float]:
    """Return tp, fp, fn, tn, precision, recall, f1 and accuracy.

    Labels equal to `positive` are positive, all others negative. Ratios with
    a zero denominator are 0.0. Raise ValueError if the lengths differ.
    """
    raise NotImplementedError
