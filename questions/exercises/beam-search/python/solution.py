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
    raise NotImplementedError
