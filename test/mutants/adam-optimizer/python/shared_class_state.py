# shared state: the moments live in class attributes (mutable defaults), so every Adam object shares them
import math


class Adam:
    m = []
    v = []
    t = 0

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0) -> None:
        if not lr > 0 or not 0 <= beta1 < 1 or not 0 <= beta2 < 1 or not eps > 0 or not weight_decay >= 0:
            raise ValueError("bad hyperparameter")
        self.lr, self.beta1, self.beta2, self.eps, self.weight_decay = lr, beta1, beta2, eps, weight_decay

    def step(self, params, grads):
        if len(params) != len(grads):
            raise ValueError("length mismatch")
        if not Adam.m:
            Adam.m.extend([0.0] * len(params))
            Adam.v.extend([0.0] * len(params))
        elif len(params) != len(Adam.m):
            raise ValueError("wrong number of parameters")
        Adam.t += 1
        out = []
        for i, (p, g) in enumerate(zip(params, grads)):
            Adam.m[i] = self.beta1 * Adam.m[i] + (1 - self.beta1) * g
            Adam.v[i] = self.beta2 * Adam.v[i] + (1 - self.beta2) * g * g
            m_hat = Adam.m[i] / (1 - self.beta1 ** Adam.t)
            v_hat = Adam.v[i] / (1 - self.beta2 ** Adam.t)
            out.append(p - self.lr * (m_hat / (math.sqrt(v_hat) + self.eps) + self.weight_decay * p))
        return out
