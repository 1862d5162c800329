import math
from typing import Callable


def beam_search(
    step: Callable[[list[int]], list[float]],
    beam_width: int,
    max_length: int,
    eos: int,
    length_penalty: float = 0.0,
) -> list[tuple[list[int], float]]:
    """Beam-search decoding over a next-token model.

    step(prefix) returns one log-probability per vocabulary token for the
    token that follows prefix (the tokens generated so far; [] at the start).
    At each of at most max_length steps, every live beam is expanded by every
    token with a finite log-probability, and the beam_width best candidates
    (highest summed log-probability; equal scores: the lexicographically
    smaller token list first) are kept. A kept candidate ending in eos is
    finished and is not expanded again. Live beams left after max_length steps
    are hypotheses too. Return the beam_width best hypotheses, best first, as
    (tokens, score) with score = sum of log-probs / len(tokens) ** length_penalty,
    ranked by that score with the same tie rule. Raise ValueError if
    beam_width < 1 or max_length < 1.
    """
    if beam_width < 1:
        raise ValueError("beam_width must be at least 1")
    if max_length < 1:
        raise ValueError("max_length must be at least 1")

    live: list[tuple[list[int], float]] = [([], 0.0)]
    finished: list[tuple[list[int], float]] = []
    for _ in range(max_length):
        candidates = []
        for tokens, score in live:
            for token, log_prob in enumerate(step(tokens)):
                if log_prob != -math.inf:  # probability 0: never part of a hypothesis
                    candidates.append((tokens + [token], score + log_prob))
        # One global ranking over the expansions of all beams, not a top-k per beam.
        candidates.sort(key=lambda c: (-c[1], c[0]))
        live = []
        for tokens, score in candidates[:beam_width]:
            (finished if tokens[-1] == eos else live).append((tokens, score))
        if not live:
            break

    def final(hypothesis: tuple[list[int], float]) -> tuple[list[int], float]:
        tokens, score = hypothesis
        return tokens, score / len(tokens) ** length_penalty

    ranked = sorted((final(h) for h in finished + live), key=lambda h: (-h[1], h[0]))
    return ranked[:beam_width]
