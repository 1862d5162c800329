def unique_subsets(items: list) -> list[list]:
    """Every distinct subset of items, each in ascending order, the subsets in lexicographic order.

    unique_subsets([2, 1, 2]) -> [[], [1], [1, 2], [1, 2, 2], [2], [2, 2]]
    Must not generate duplicates: time proportional to the size of the output.
    Do not modify items.
    """
    raise NotImplementedError
