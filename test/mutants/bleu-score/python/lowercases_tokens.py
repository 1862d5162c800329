# tokens compared loosely: lowercases every token, so 'The' matches 'the'
import math
from collections import Counter


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def modified_precision(candidate: list[str], references: list[list[str]], n: int) -> tuple[int, int]:
    """Return (clipped n-gram matches, total n-grams in the candidate).

    Each candidate n-gram count is clipped to its largest count in any single
    reference.
    """
    candidate = [t.lower() for t in candidate]
    references = [[t.lower() for t in ref] for ref in references]
    cand_counts = _ngrams(candidate, n)
    max_ref: Counter = Counter()
    for ref in references:
        for gram, count in _ngrams(ref, n).items():
            if count > max_ref[gram]:
                max_ref[gram] = count
    clipped = sum(min(count, max_ref[gram]) for gram, count in cand_counts.items())
    return clipped, sum(cand_counts.values())


def bleu(candidate: list[str], references: list[list[str]], max_n: int = 4) -> float:
    """Sentence BLEU with uniform weights over n = 1..max_n, no smoothing.

    BP = 1 if c > r else exp(1 - r / c), where r is the reference length
    closest to c (shorter on ties). Return 0.0 for an empty candidate or when
    any precision is 0. Raise ValueError for no references or max_n < 1.
    """
    if not references:
        raise ValueError("at least one reference is required")
    if max_n < 1:
        raise ValueError("max_n must be >= 1")
    c = len(candidate)
    if c == 0:
        return 0.0

    log_sum = 0.0
    for n in range(1, max_n + 1):
        clipped, total = modified_precision(candidate, references, n)
        if clipped == 0:  # also covers total == 0 (candidate shorter than n)
            return 0.0
        log_sum += math.log(clipped / total)

    r = min((len(ref) for ref in references), key=lambda length: (abs(length - c), length))
    bp = 1.0 if c > r else math.exp(1 - r / c)
    return bp * math.exp(log_sum / max_n)
