# step count: never increases t past 1, so the bias correction is wrong from the second step on
import math


class Adam:
    """Adam with decoupled (AdamW) weight decay over a flat list of parameters."""

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0) -> None:
        """Raise ValueError for lr <= 0, a beta outside [0, 1), eps <= 0 or weight_decay < 0."""
        if not lr > 0:
            raise ValueError(f"lr must be > 0, got {lr}")
        for name, beta in (("beta1", beta1), ("beta2", beta2)):
            if not 0 <= beta < 1:
                raise ValueError(f"{name} must be in [0, 1), got {beta}")
        if not eps > 0:
            raise ValueError(f"eps must be > 0, got {eps}")
        if not weight_decay >= 0:
            raise ValueError(f"weight_decay must be >= 0, got {weight_decay}")
        self.lr, self.beta1, self.beta2, self.eps, self.weight_decay = lr, beta1, beta2, eps, weight_decay
        self.t = 0
        self.m: list[float] | None = None  # created on the first step
        self.v: list[float] | None = None

    def step(self, params: list[float], grads: list[float]) -> list[float]:
        """Return the updated parameters (a new list); keep the moments and step count."""
        if len(params) != len(grads):
            raise ValueError(f"{len(params)} parameters but {len(grads)} gradients")
        if self.m is None:
            self.m = [0.0] * len(params)
            self.v = [0.0] * len(params)
        elif len(params) != len(self.m):
            raise ValueError(f"this optimiser holds {len(self.m)} parameters, got {len(params)}")
        self.t = 1
        b1, b2 = self.beta1, self.beta2
        correction1 = 1 - b1 ** self.t
        correction2 = 1 - b2 ** self.t
        out = []
        for i, (p, g) in enumerate(zip(params, grads)):
            self.m[i] = b1 * self.m[i] + (1 - b1) * g
            self.v[i] = b2 * self.v[i] + (1 - b2) * g * g
            m_hat = self.m[i] / correction1
            v_hat = self.v[i] / correction2
            out.append(p - self.lr * (m_hat / (math.sqrt(v_hat) + self.eps) + self.weight_decay * p))
        return out
