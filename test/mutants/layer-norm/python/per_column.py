# batch norm: normalises each feature over the rows of the batch instead of each row over its features
import math


def layer_norm(x, gamma, beta, eps=1e-5):
    if not eps > 0:
        raise ValueError("eps must be > 0")
    if not x:
        return []
    d = len(x[0])
    if d == 0 or any(len(row) != d for row in x) or len(gamma) != d or len(beta) != d:
        raise ValueError("bad shape")
    n = len(x)
    out = [[0.0] * d for _ in range(n)]
    for j in range(d):
        column = [row[j] for row in x]
        mu = sum(column) / n
        var = sum((v - mu) ** 2 for v in column) / n
        for i in range(n):
            out[i][j] = gamma[j] * (x[i][j] - mu) / math.sqrt(var + eps) + beta[j]
    return out
