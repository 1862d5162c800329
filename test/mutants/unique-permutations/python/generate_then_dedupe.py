# slow: generates all n! orderings and removes the duplicates afterwards, n! however few are distinct
from itertools import permutations


def unique_permutations(items):
    return [list(p) for p in sorted(set(permutations(items)))]
