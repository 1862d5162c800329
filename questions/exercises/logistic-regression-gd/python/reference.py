import math


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit_logistic(X: list[list[float]], y: list[int], lr: float, steps: int) -> tuple[list[float], float]:
    """Full-batch gradient descent on the mean binary cross-entropy, from w = 0 and b = 0."""
    if not X:
        raise ValueError("X must not be empty")
    d = len(X[0])
    if any(len(row) != d for row in X):
        raise ValueError("all rows of X must have the same length")
    if len(y) != len(X):
        raise ValueError("X and y must have the same number of rows")
    if any(t not in (0, 1) for t in y):
        raise ValueError("labels must be 0 or 1")
    if not lr > 0:
        raise ValueError("lr must be > 0")
    if steps < 0:
        raise ValueError("steps must be >= 0")
    n = len(X)
    w = [0.0] * d
    b = 0.0
    for _ in range(steps):
        residual = [_sigmoid(sum(wk * xk for wk, xk in zip(w, row)) + b) - t for row, t in zip(X, y)]
        grad_w = [sum(r * row[k] for r, row in zip(residual, X)) / n for k in range(d)]
        grad_b = sum(residual) / n
        w = [wk - lr * gk for wk, gk in zip(w, grad_w)]
        b -= lr * grad_b
    return w, b
