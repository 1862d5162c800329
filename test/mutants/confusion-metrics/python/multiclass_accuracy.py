# accuracy in the wrong view: counts exact label matches, so confusing two negative classes lowers it
def _safe_div(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def classification_metrics(y_true: list, y_pred: list, positive) -> dict[str, float]:
    """Return tp, fp, fn, tn, precision, recall, f1 and accuracy.

    Labels equal to `positive` are positive, all others negative. Ratios with
    a zero denominator are 0.0. Raise ValueError if the lengths differ.
    """
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred must have the same length")
    tp = fp = fn = tn = 0
    for truth, pred in zip(y_true, y_pred):
        actual = truth == positive
        predicted = pred == positive
        if actual and predicted:
            tp += 1
        elif predicted:
            fp += 1
        elif actual:
            fn += 1
        else:
            tn += 1
    precision = _safe_div(tp, tp + fp)
    recall = _safe_div(tp, tp + fn)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": _safe_div(2 * precision * recall, precision + recall),
        "accuracy": _safe_div(sum(t == p for t, p in zip(y_true, y_pred)), len(y_true)),
    }
