# case-insensitive: lowercases both strings first, so 'Apple' and 'apple' are 0 apart
def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insert, delete, substitute; cost 1 each).

    O(len(a) * len(b)) time, O(min(len(a), len(b))) extra memory.
    """
    a, b = a.lower(), b.lower()
    if len(a) < len(b):
        a, b = b, a  # rows run over the shorter string
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
