def top_k_frequent(words: list[str], k: int) -> list[str]:
    """Return the k most frequent words, by count descending then alphabetically.

    k <= 0 returns []. O(n log k) time after counting.
    """
    raise NotImplementedError
