# gradient returns p and forgets to subtract the one-hot target
import math


def _shifted_exps(logits: list[float]) -> tuple[float, list[float], float]:
    if not logits:
        raise ValueError("logits must not be empty")
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]  # every exponent <= 0: no overflow
    return top, exps, sum(exps)


def softmax(logits: list[float]) -> list[float]:
    """Numerically stable softmax. Raise ValueError for empty logits."""
    _, exps, total = _shifted_exps(logits)
    return [e / total for e in exps]


def cross_entropy(logits: list[float], target: int) -> tuple[float, list[float]]:
    """Return (loss, gradient w.r.t. logits) for -log softmax(logits)[target].

    The loss must stay finite when the target's probability underflows.
    Raise ValueError for empty logits or an invalid target index.
    """
    top, exps, total = _shifted_exps(logits)
    if isinstance(target, bool) or not isinstance(target, int) or not 0 <= target < len(logits):
        raise ValueError("target must be an index into logits")
    loss = top + math.log(total) - logits[target]  # logsumexp(z) - z_target
    grad = [e / total for e in exps]

    return loss, grad
