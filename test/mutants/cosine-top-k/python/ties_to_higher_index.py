# tie-break the wrong way: nlargest on (score, index) puts the higher index first among equal scores
import heapq
import math


def cosine_top_k(query: list[float], vectors: list[list[float]], k: int) -> list[tuple[int, float]]:
    """Return the k (index, cosine similarity) pairs most similar to query.

    Sorted by score descending, ties by lower index. A zero vector (query or
    document) has similarity 0.0. k <= 0 returns []; k > len(vectors) returns
    all. Raise ValueError if a vector's length differs from the query's.
    """
    d = len(query)
    for v in vectors:
        if len(v) != d:
            raise ValueError("every vector must have the query's dimension")
    if k <= 0 or not vectors:
        return []

    query_norm = math.sqrt(sum(x * x for x in query))

    def score(v: list[float]) -> float:
        dot = 0.0
        sq = 0.0
        for a, b in zip(query, v):
            dot += a * b
            sq += b * b
        if query_norm == 0.0 or sq == 0.0:
            return 0.0
        return dot / (query_norm * math.sqrt(sq))

    # Key (score, -index): among equal scores the higher index ranks lower.
    best = heapq.nlargest(k, ((score(v), i) for i, v in enumerate(vectors)))
    return [(i, s) for s, i in best]
