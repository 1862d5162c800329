def shortest_path(grid: list[str], start: tuple[int, int], goal: tuple[int, int]) -> int:
    """Fewest up/down/left/right steps from start to goal through '.' cells; -1 if unreachable.

    Raise ValueError for a malformed grid or a position outside it. O(rows * cols) time.
    """
    raise NotImplementedError
