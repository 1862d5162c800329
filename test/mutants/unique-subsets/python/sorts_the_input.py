# sorts the caller's list in place instead of a copy
def unique_subsets(items):
    items.sort()
    out, current = [], []

    def extend(start):
        out.append(current[:])
        for i in range(start, len(items)):
            if i > start and items[i] == items[i - 1]:
                continue
            current.append(items[i])
            extend(i + 1)
            current.pop()

    extend(0)
    return out
