def dcg_at_k(relevances: list[float], k: int) -> float:
    """Discounted cumulative gain of the first k grades (fewer if the list is shorter):
    the sum of (2**rel - 1) / log2(rank + 1) over ranks 1, 2, ...
    Raise ValueError for k < 1 or a negative grade."""
    raise NotImplementedError


def ndcg_at_k(ranking: list[str], judgments: dict[str, float], k: int) -> float:
    """DCG@k of the ranking divided by the DCG@k of the ideal ranking of every judged document.

    A document missing from judgments has grade 0. When no judged document has a grade above 0
    the ideal DCG is 0 and the result is 0.0. Raise ValueError for k < 1, a document listed twice
    in the ranking, or a negative grade.
    """
    raise NotImplementedError
