# appends the current list itself instead of a copy, so every result ends up as the same (empty) list
def unique_subsets(items):
    ordered = sorted(items)
    out, current = [], []

    def extend(start):
        out.append(current)
        for i in range(start, len(ordered)):
            if i > start and ordered[i] == ordered[i - 1]:
                continue
            current.append(ordered[i])
            extend(i + 1)
            current.pop()

    extend(0)
    return out
