def softmax(logits: list[float]) -> list[float]:
    """Numerically stable softmax. Raise ValueError for empty logits."""
    raise NotImplementedError


def cross_entropy(logits: list[float], target: int) -> tuple[float, list[float]]:
    """Return (loss, gradient w.r.t. logits) for -log softmax(logits)[target].

    The loss must stay finite when the target's probability underflows.
    Raise ValueError for empty logits or an invalid target index.
    """
    raise NotImplementedError
