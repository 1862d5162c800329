# evicts only once more than window steps are held (> instead of ==, checked before appending), so it keeps window + 1 steps
from collections import deque


class WeightedEnsemble:
    """Combine model predictions with weights proportional to 1 / (recent MAE + eps).

    The mean absolute error of each model is taken over the last `window`
    update steps. Before any update the weights are uniform.
    """

    def __init__(self, n_models: int, window: int, eps: float = 1e-9) -> None:
        """Raise ValueError if n_models < 1, window < 1 or eps <= 0."""
        if n_models < 1:
            raise ValueError("n_models must be >= 1")
        if window < 1:
            raise ValueError("window must be >= 1")
        if eps <= 0:
            raise ValueError("eps must be positive")
        self._n = n_models
        self._window = window
        self._eps = eps
        self._steps: deque = deque()
        self._sums = [0.0] * n_models

    def _check(self, predictions: list[float]) -> None:
        if len(predictions) != self._n:
            raise ValueError(f"expected {self._n} predictions, got {len(predictions)}")

    def update(self, predictions: list[float], actual: float) -> None:
        """Record each model's absolute error for one step, in O(n_models)."""
        self._check(predictions)
        errors = [abs(p - actual) for p in predictions]
        if len(self._steps) > self._window:
            oldest = self._steps.popleft()
            for i, e in enumerate(oldest):
                self._sums[i] -= e
        self._steps.append(errors)
        for i, e in enumerate(errors):
            self._sums[i] += e

    def weights(self) -> list[float]:
        """Return one weight per model, summing to 1, in O(n_models)."""
        if not self._steps:
            return [1.0 / self._n] * self._n
        held = len(self._steps)
        # Clamp: subtracting evicted errors can leave a sum a hair below zero.
        raw = [1.0 / (max(s, 0.0) / held + self._eps) for s in self._sums]
        total = sum(raw)
        return [r / total for r in raw]

    def predict(self, predictions: list[float]) -> float:
        """Return the weighted average of predictions with the current weights."""
        self._check(predictions)
        return sum(w * p for w, p in zip(self.weights(), predictions))
