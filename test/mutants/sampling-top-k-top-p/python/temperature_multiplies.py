# multiplies the logits by the temperature instead of dividing
import math
import random
from typing import Callable


def sampling_distribution(
    logits: list[float],
    temperature: float = 1.0,
    top_k: int = 0,
    top_p: float = 1.0,
) -> list[float]:
    """Return the distribution to sample from after temperature, top-k and top-p.

    The result has the same length as logits; filtered tokens get 0 and the
    survivors sum to 1. temperature == 0 means greedy (one-hot on the argmax,
    lowest index on ties). top_k == 0 and top_p == 1 disable those filters.
    Raise ValueError for empty logits, temperature < 0, top_k < 0 or top_p
    outside (0, 1].
    """
    n = len(logits)
    if n == 0:
        raise ValueError("logits must not be empty")
    if temperature < 0:
        raise ValueError("temperature must be >= 0")
    if top_k < 0:
        raise ValueError("top_k must be >= 0")
    if not 0 < top_p <= 1:
        raise ValueError("top_p must be in (0, 1]")

    if temperature == 0:
        best = max(range(n), key=lambda i: logits[i])  # max() keeps the first of equals
        return [1.0 if i == best else 0.0 for i in range(n)]

    scaled = [x * temperature for x in logits]
    top = max(scaled)
    exps = [math.exp(x - top) for x in scaled]
    total = sum(exps)
    probs = [e / total for e in exps]

    order = sorted(range(n), key=lambda i: (-probs[i], i))
    kept = order[:top_k] if top_k > 0 else order

    kept_mass = sum(probs[i] for i in kept)
    nucleus: list[int] = []
    running = 0.0
    for i in kept:
        nucleus.append(i)
        running += probs[i] / kept_mass
        if running >= top_p:
            break

    mass = sum(probs[i] for i in nucleus)
    out = [0.0] * n
    for i in nucleus:
        out[i] = probs[i] / mass
    return out


def sample(probs: list[float], rand: Callable[[], float] = random.random) -> int:
    """Draw an index by inverse CDF: the first index whose cumulative
    probability is strictly greater than rand(). Never return an index whose
    probability is 0. Raise ValueError for an empty list."""
    if not probs:
        raise ValueError("probs must not be empty")
    r = rand()
    cumulative = 0.0
    last_nonzero = -1
    for i, p in enumerate(probs):
        if p <= 0:
            continue
        last_nonzero = i
        cumulative += p
        if cumulative > r:
            return i
    if last_nonzero < 0:
        raise ValueError("probs has no positive entry")
    # Rounding can leave the total just below r; fall back to the last real token.
    return last_nonzero
