# applies the skip rule without sorting first, so equal values that are apart still give duplicates
def unique_subsets(items):
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
