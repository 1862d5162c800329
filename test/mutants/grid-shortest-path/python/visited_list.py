# slow: BFS, but the seen cells are kept in a list, so every membership test scans it (O((R*C)^2))
from collections import deque


def shortest_path(grid: list[str], start: tuple[int, int], goal: tuple[int, int]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    for row in grid:
        if len(row) != cols or row.strip(".#"):
            raise ValueError("malformed grid")
    for r, c in (start, goal):
        if not (0 <= r < rows and 0 <= c < cols):
            raise ValueError("outside the grid")
    start, goal = tuple(start), tuple(goal)
    if grid[start[0]][start[1]] == "#" or grid[goal[0]][goal[1]] == "#":
        return -1
    seen = [start]
    queue = deque([(start, 0)])
    while queue:
        (r, c), d = queue.popleft()
        if (r, c) == goal:
            return d
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.append((nr, nc))
                queue.append(((nr, nc), d + 1))
    return -1
