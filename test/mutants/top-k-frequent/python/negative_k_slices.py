# no k <= 0 check: a negative k slices from the end
import heapq
from collections import Counter


def top_k_frequent(words: list[str], k: int) -> list[str]:
    """Return the k most frequent words, by count descending then alphabetically.

    k <= 0 returns []. O(n log k) time after counting.
    """
    counts = Counter(words)
    return sorted(counts, key=lambda word: (-counts[word], word))[:k]
