# skip rule: skips an item whenever it equals the previous one, even when the previous one is in use, so the second copy is never placed
def unique_permutations(items):
    items = sorted(items)
    used = [False] * len(items)
    out, current = [], []

    def fill():
        if len(current) == len(items):
            out.append(current[:])
            return
        for i, x in enumerate(items):
            if used[i] or (i > 0 and items[i] == items[i - 1]):
                continue
            used[i] = True
            current.append(x)
            fill()
            current.pop()
            used[i] = False

    fill()
    return out
