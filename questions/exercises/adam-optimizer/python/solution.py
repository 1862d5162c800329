class Adam:
    """Adam with decoupled (AdamW) weight decay over a flat list of parameters."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0) -> None:
        """Raise ValueError for lr <= 0, a beta outside [0, 1), eps <= 0 or weight_decay < 0."""
        raise NotImplementedError

    def step(self, params: list[float], grads: list[float]) -> list[float]:
        """Return the updated parameters (a new list); keep the moments and step count."""
        raise NotImplementedError
