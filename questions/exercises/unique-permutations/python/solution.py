def unique_permutations(items: list) -> list[list]:
    """Every distinct ordering of items, each once, in lexicographic order.

    Time proportional to the output: never build a duplicate. Do not modify items.
    """
    raise NotImplementedError
