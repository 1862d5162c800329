# builds the subsets iteratively (extend every subset so far by the next value), which is not lexicographic order
def unique_subsets(items):
    ordered = sorted(items)
    out = [[]]
    last_added = 0
    for i, v in enumerate(ordered):
        begin = last_added if i > 0 and v == ordered[i - 1] else 0
        grown = [s + [v] for s in out[begin:]]
        last_added = len(out)
        out.extend(grown)
    return out
