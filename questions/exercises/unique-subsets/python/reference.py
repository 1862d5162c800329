def unique_subsets(items: list) -> list[list]:
    """Every distinct subset of items, each in ascending order, the subsets in lexicographic order."""
    ordered = sorted(items)
    out: list[list] = []
    current: list = []

    def extend(start: int) -> None:
        out.append(current[:])
        for i in range(start, len(ordered)):
            if i > start and ordered[i] == ordered[i - 1]:
                continue  # the same value at this level gives the same subsets again
            current.append(ordered[i])
            extend(i + 1)
            current.pop()

    extend(0)
    return out
