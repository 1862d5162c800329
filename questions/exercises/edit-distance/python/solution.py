def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute; cost 1 each).

    O(len(a) * len(b)) time, O(min(len(a), len(b))) extra memory.
    """
    raise NotImplementedError
