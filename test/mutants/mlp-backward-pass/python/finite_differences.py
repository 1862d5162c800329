# estimates every gradient by central differences, two forward passes per parameter
import copy
import math

Matrix = list[list[float]]


def _width(rows: Matrix, name: str) -> int:
    width = len(rows[0]) if rows else 0
    if width == 0 or any(len(row) != width for row in rows):
        raise ValueError(f"{name} must be a non-empty matrix with rows of equal length")
    return width


def _loss(x: Matrix, y: list[int], p: dict) -> float:
    total = 0.0
    for row, target in zip(x, y):
        hidden = [max(0.0, b + sum(v * p["w1"][i][j] for i, v in enumerate(row))) for j, b in enumerate(p["b1"])]
        out = [b + sum(v * p["w2"][j][c] for j, v in enumerate(hidden)) for c, b in enumerate(p["b2"])]
        top = max(out)
        total += top + math.log(sum(math.exp(v - top) for v in out)) - out[target]
    return total / len(x)


def mlp_loss_and_grads(x: Matrix, y: list[int], params: dict) -> tuple[float, dict]:
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

    step = 1e-5
    p = copy.deepcopy(params)

    def estimate(cells: list[float]) -> list[float]:
        out = []
        for c, keep in enumerate(cells):
            cells[c] = keep + step
            up = _loss(x, y, p)
            cells[c] = keep - step
            down = _loss(x, y, p)
            cells[c] = keep
            out.append((up - down) / (2 * step))
        return out

    grads = {"w1": [estimate(row) for row in p["w1"]], "b1": estimate(p["b1"]),
             "w2": [estimate(row) for row in p["w2"]], "b2": estimate(p["b2"])}
    return _loss(x, y, params), grads
