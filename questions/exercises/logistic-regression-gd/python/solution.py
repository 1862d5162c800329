def fit_logistic(X: list[list[float]], y: list[int], lr: float, steps: int) -> tuple[list[float], float]:
    """Fit p = sigmoid(w . x + b) to labels y in {0, 1} by `steps` full-batch gradient descent updates
    on the mean binary cross-entropy, starting from w = 0 and b = 0. Return (w, b).

    Raise ValueError on empty X, ragged rows, len(y) != len(X), labels other than 0/1, lr <= 0, steps < 0.
    fit_logistic([[1], [-1]], [1, 0], 1.0, 1) -> ([0.5], 0.0)
    """
    raise NotImplementedError
