# breaks ties case-insensitively instead of by plain string comparison
import heapq
from collections import Counter


def top_k_frequent(words: list[str], k: int) -> list[str]:
    """Return the k most frequent words, by count descending then alphabetically.

    k <= 0 returns []. O(n log k) time after counting.
    """
    if k <= 0:
        return []
    counts = Counter(words)
    # nsmallest keeps a bounded heap of size k: O(u log k) for u distinct words.
    return heapq.nsmallest(k, counts, key=lambda word: (-counts[word], word.lower()))
