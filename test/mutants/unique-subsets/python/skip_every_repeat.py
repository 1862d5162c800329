# skips a value whenever it equals the previous item (i > 0, not i > start), so [2, 2] is never built
def unique_subsets(items):
    ordered = sorted(items)
    out, current = [], []

    def extend(start):
        out.append(current[:])
        for i in range(start, len(ordered)):
            if i > 0 and ordered[i] == ordered[i - 1]:
                continue
            current.append(ordered[i])
            extend(i + 1)
            current.pop()

    extend(0)
    return out
