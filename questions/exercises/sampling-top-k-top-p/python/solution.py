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
    raise NotImplementedError


def sample(probs: list[float], rand: Callable[[], float] = random.random) -> int:
    """Draw an index by inverse CDF: the first index whose cumulative
    probability is strictly greater than rand(). Never return an index whose
    probability is 0. Raise ValueError for an empty list."""
    raise NotImplementedError
