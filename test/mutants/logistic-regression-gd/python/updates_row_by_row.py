# updates the weights after each row (stochastic steps) instead of once per pass from the old weights
import math


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _check(X, y, lr, steps):
    if not X:
        raise ValueError("X must not be empty")
    if any(len(row) != len(X[0]) for row in X):
        raise ValueError("ragged rows")
    if len(y) != len(X):
        raise ValueError("length mismatch")
    if any(t not in (0, 1) for t in y):
        raise ValueError("labels must be 0 or 1")
    if not lr > 0:
        raise ValueError("lr must be > 0")
    if steps < 0:
        raise ValueError("steps must be >= 0")


def fit_logistic(X, y, lr, steps):
    _check(X, y, lr, steps)
    d, n = len(X[0]), len(X)
    w, b = [0.0] * d, 0.0
    for _ in range(steps):
        for row, t in zip(X, y):
            r = _sigmoid(sum(wk * xk for wk, xk in zip(w, row)) + b) - t
            w = [wk - lr * r * xk / n for wk, xk in zip(w, row)]
            b -= lr * r / n
    return w, b
