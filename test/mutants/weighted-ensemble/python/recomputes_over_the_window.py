# keeps the window's error vectors and recomputes every mean from them on each weights() call: O(m * window)
from collections import deque


class WeightedEnsemble:
    def __init__(self, n_models: int, window: int, eps: float = 1e-9) -> None:
        if n_models < 1:
            raise ValueError("n_models must be >= 1")
        if window < 1:
            raise ValueError("window must be >= 1")
        if eps <= 0:
            raise ValueError("eps must be positive")
        self._n = n_models
        self._eps = eps
        self._steps: deque = deque(maxlen=window)

    def _check(self, predictions: list[float]) -> None:
        if len(predictions) != self._n:
            raise ValueError(f"expected {self._n} predictions, got {len(predictions)}")

    def update(self, predictions: list[float], actual: float) -> None:
        self._check(predictions)
        self._steps.append([abs(p - actual) for p in predictions])

    def weights(self) -> list[float]:
        if not self._steps:
            return [1.0 / self._n] * self._n
        held = len(self._steps)
        maes = [sum(step[i] for step in self._steps) / held for i in range(self._n)]
        raw = [1.0 / (mae + self._eps) for mae in maes]
        total = sum(raw)
        return [r / total for r in raw]

    def predict(self, predictions: list[float]) -> float:
        self._check(predictions)
        return sum(w * p for w, p in zip(self.weights(), predictions))
