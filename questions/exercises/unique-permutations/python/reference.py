from collections import Counter


def unique_permutations(items: list) -> list[list]:
    """Every distinct ordering of items, each once, in lexicographic order.

    Time proportional to the output: never build a duplicate. Do not modify items.
    """
    values = sorted(set(items))  # trying the values in order gives lexicographic output
    left = Counter(items)
    out: list[list] = []
    current: list = []

    def fill() -> None:
        if len(current) == len(items):
            out.append(current[:])  # a copy: current keeps changing
            return
        for v in values:
            if left[v]:
                left[v] -= 1
                current.append(v)
                fill()
                current.pop()
                left[v] += 1

    fill()
    return out
