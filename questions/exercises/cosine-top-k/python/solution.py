def cosine_top_k(query: list[float], vectors: list[list[float]], k: int) -> list[tuple[int, float]]:
    """Return the k (index, cosine similarity) pairs most similar to query.

    Sorted by score descending, ties by lower index. A zero vector (query or
    document) has similarity 0.0. k <= 0 returns []; k > len(vectors) returns
    all. Raise ValueError if a vector's length differs from the query's.
    """
    raise NotImplementedError
