# divides by a mean length of 0 when every document is empty
import math
from collections import Counter


def bm25_scores(query: list[str], corpus: list[list[str]], k1: float = 1.2, b: float = 0.75) -> list[float]:
    """The BM25 score of every document in corpus (same order) for the query.

    score(d) = sum over the query's tokens t (repeats count again) of
        idf(t) * f * (k1 + 1) / (f + k1 * (1 - b + b * len(d) / avgdl))
    with f the count of t in d, avgdl the mean document length over the corpus, and
    idf(t) = ln(1 + (N - n + 0.5) / (n + 0.5)) for N documents of which n contain t.
    If every document is empty, every score is 0. Raise ValueError for k1 < 0 or b
    outside [0, 1].
    """
    if not k1 >= 0:
        raise ValueError("k1 must be >= 0")
    if not 0 <= b <= 1:
        raise ValueError("b must be in [0, 1]")
    n_docs = len(corpus)
    total_length = sum(len(doc) for doc in corpus)
    avgdl = total_length / n_docs
    # Document frequency: the number of documents containing the term, counted once per document.
    df = Counter(term for doc in corpus for term in set(doc))
    idf = {t: math.log(1 + (n_docs - df[t] + 0.5) / (df[t] + 0.5)) for t in set(query)}
    scores = []
    for doc in corpus:
        counts = Counter(doc)
        norm = k1 * (1 - b + b * len(doc) / avgdl)
        score = 0.0
        for term in query:
            f = counts[term]
            if f:
                score += idf[term] * f * (k1 + 1) / (f + norm)
        scores.append(score)
    return scores


def bm25_rank(query: list[str], corpus: list[list[str]], k1: float = 1.2, b: float = 0.75) -> list[int]:
    """Indices of the documents with a score above 0, best first; equal scores in corpus order."""
    scores = bm25_scores(query, corpus, k1, b)
    return sorted((i for i, s in enumerate(scores) if s > 0), key=lambda i: (-scores[i], i))
