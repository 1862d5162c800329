# order: the swap method with a set of seen values per level finds each distinct permutation once, but not in lexicographic order
def unique_permutations(items):
    a = list(items)
    out = []

    def permute(start):
        if start == len(a):
            out.append(a[:])
            return
        seen = set()
        for j in range(start, len(a)):
            if a[j] in seen:
                continue
            seen.add(a[j])
            a[start], a[j] = a[j], a[start]
            permute(start + 1)
            a[start], a[j] = a[j], a[start]

    permute(0)
    return out
