# discounts by the natural log of rank + 1 instead of log2 (nDCG survives, DCG does not)
import math


def _check_k(k: int) -> None:
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise ValueError("k must be a positive integer")


def _check_grade(rel: float) -> None:
    if not (rel >= 0 and math.isfinite(rel)):
        raise ValueError("relevance grades must be finite and >= 0")


def dcg_at_k(relevances: list[float], k: int) -> float:
    """Discounted cumulative gain of the first k grades (fewer if the list is shorter):
    the sum of (2**rel - 1) / log2(rank + 1) over ranks 1, 2, ...
    Raise ValueError for k < 1 or a negative grade."""
    _check_k(k)
    for rel in relevances:
        _check_grade(rel)
    return sum((2.0 ** rel - 1.0) / math.log(rank + 1) for rank, rel in enumerate(relevances[:k], start=1))


def ndcg_at_k(ranking: list[str], judgments: dict[str, float], k: int) -> float:
    """DCG@k of the ranking divided by the DCG@k of the ideal ranking of every judged document.

    A document missing from judgments has grade 0. When no judged document has a grade above 0
    the ideal DCG is 0 and the result is 0.0. Raise ValueError for k < 1, a document listed twice
    in the ranking, or a negative grade.
    """
    _check_k(k)
    if len(set(ranking)) != len(ranking):
        raise ValueError("a document appears twice in the ranking")
    for rel in judgments.values():
        _check_grade(rel)
    actual = dcg_at_k([judgments.get(doc, 0.0) for doc in ranking], k)
    # The ideal ranking orders all judged documents, retrieved or not, by grade.
    ideal = dcg_at_k(sorted(judgments.values(), reverse=True), k)
    return actual / ideal if ideal > 0 else 0.0
