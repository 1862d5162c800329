# sends the gradient back through w2 instead of its transpose
import math

Matrix = list[list[float]]


def _width(rows: Matrix, name: str) -> int:
    width = len(rows[0]) if rows else 0
    if width == 0 or any(len(row) != width for row in rows):
        raise ValueError(f"{name} must be a non-empty matrix with rows of equal length")
    return width


def mlp_loss_and_grads(x: Matrix, y: list[int], params: dict) -> tuple[float, dict]:
    """Mean softmax cross-entropy of a two-layer MLP and its gradients.

    x is n x d, y holds n class indices, params has w1 (d x h), b1 (h),
    w2 (h x k) and b2 (k). Forward: z1 = x w1 + b1, a1 = relu(z1),
    z2 = a1 w2 + b2, loss = mean over the batch of -log softmax(z2)[y].
    Return (loss, grads) where grads has the same keys and shapes as params.
    The ReLU's derivative at exactly 0 is taken as 0. Raise ValueError for an
    empty batch, shapes that do not fit, or a label outside 0..k-1.
    """
    w1, b1, w2, b2 = params["w1"], params["b1"], params["w2"], params["b2"]
    n = len(x)
    if n == 0:
        raise ValueError("the batch must not be empty")
    d = _width(x, "x")
    h = _width(w1, "w1")
    k = _width(w2, "w2")
    if len(w1) != d or len(b1) != h or len(w2) != h or len(b2) != k:
        raise ValueError("parameter shapes do not fit x and each other")
    if len(y) != n or any(not isinstance(t, int) or isinstance(t, bool) or not 0 <= t < k for t in y):
        raise ValueError("y must hold one class index in 0..k-1 per row of x")

    # Forward pass, keeping what the backward pass needs.
    z1 = [[b1[j] + sum(row[i] * w1[i][j] for i in range(d)) for j in range(h)] for row in x]
    a1 = [[max(v, 0.0) for v in row] for row in z1]
    z2 = [[b2[c] + sum(row[j] * w2[j][c] for j in range(h)) for c in range(k)] for row in a1]

    loss = 0.0
    dz2: Matrix = []
    for logits, target in zip(z2, y):
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        loss += top + math.log(total) - logits[target]  # logsumexp(z) - z[target]
        g = [e / total / n for e in exps]  # (softmax - onehot) / n: the loss is a mean
        g[target] -= 1.0 / n
        dz2.append(g)
    loss /= n

    # Backward pass.
    dw2 = [[sum(a1[r][j] * dz2[r][c] for r in range(n)) for c in range(k)] for j in range(h)]
    db2 = [sum(dz2[r][c] for r in range(n)) for c in range(k)]
    da1 = [[sum(dz2[r][c] * w2[c][j] for c in range(k)) for j in range(h)] for r in range(n)]
    dz1 = [[g if z > 0 else 0.0 for g, z in zip(da_row, z_row)] for da_row, z_row in zip(da1, z1)]
    dw1 = [[sum(x[r][i] * dz1[r][j] for r in range(n)) for j in range(h)] for i in range(d)]
    db1 = [sum(dz1[r][j] for r in range(n)) for j in range(h)]
    return loss, {"w1": dw1, "b1": db1, "w2": dw2, "b2": db2}
