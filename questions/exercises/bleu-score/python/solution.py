def modified_precision(candidate: list[str], references: list[list[str]], n: int) -> tuple[int, int]:
    """Return (clipped n-gram matches, total n-grams in the candidate).

    Each candidate n-gram count is clipped to its largest count in any single
    reference.
    """
    raise NotImplementedError


def bleu(candidate: list[str], references: list[list[str]], max_n: int = 4) -> float:
    """Sentence BLEU with uniform weights over n = 1..max_n, no smoothing.

    BP = 1 if c > r else exp(1 - r / c), where r is the reference length
    closest to c (shorter on ties). Return 0.0 for an empty candidate or when
    any precision is 0. Raise ValueError for no references or max_n < 1.
    """
    raise NotImplementedError
