# wrong model: counts mismatched positions plus the length difference (Hamming-style), missing shifts
def edit_distance(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))
