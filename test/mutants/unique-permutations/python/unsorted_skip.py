# skip rule without sorting: equal values are not adjacent, so duplicates slip through and the order is not lexicographic
def unique_permutations(items):
    items = list(items)
    used = [False] * len(items)
    out, current = [], []

    def fill():
        if len(current) == len(items):
            out.append(current[:])
            return
        for i, x in enumerate(items):
            if used[i] or (i > 0 and items[i] == items[i - 1] and not used[i - 1]):
                continue
            used[i] = True
            current.append(x)
            fill()
            current.pop()
            used[i] = False

    fill()
    return out
