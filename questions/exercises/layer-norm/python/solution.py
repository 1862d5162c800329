def layer_norm(x: list[list[float]], gamma: list[float], beta: list[float], eps: float = 1e-5) -> list[list[float]]:
    """Normalise each row over its features, then scale by gamma and shift by beta.

    Raise ValueError for ragged or empty rows, gamma or beta of the wrong length, or eps <= 0.
    """
    raise NotImplementedError
