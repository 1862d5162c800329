# wrong cost: a substitution counted as a deletion plus an insertion (cost 2)
def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute; cost 1 each).

    O(len(a) * len(b)) time, O(min(len(a), len(b))) extra memory.
    """
    if len(a) < len(b):
        a, b = b, a  # rows run over the shorter string
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1]
            else:
                cur[j] = min(2 + prev[j - 1], 1 + prev[j], 1 + cur[j - 1])
        prev = cur
    return prev[-1]
