class WeightedEnsemble:
    """Combine model predictions with weights proportional to 1 / (recent MAE + eps).

    The mean absolute error of each model is taken over the last `window`
    update steps. Before any update the weights are uniform.
    """

    def __init__(self, n_models: int, window: int, eps: float = 1e-9) -> None:
        """Raise ValueError if n_models < 1, window < 1 or eps <= 0."""
        raise NotImplementedError

    def update(self, predictions: list[float], actual: float) -> None:
        """Record each model's absolute error for one step, in O(n_models)."""
        raise NotImplementedError

    def weights(self) -> list[float]:
        """Return one weight per model, summing to 1, in O(n_models)."""
        raise NotImplementedError

    def predict(self, predictions: list[float]) -> float:
        """Return the weighted average of predictions with the current weights."""
        raise NotImplementedError
