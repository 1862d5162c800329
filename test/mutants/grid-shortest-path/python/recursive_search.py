# recursion: a depth-first search that keeps the best distance per cell recurses along the whole path and runs out of stack
import sys


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
    best = {}

    def visit(r, c, d):
        if best.get((r, c), sys.maxsize) <= d:
            return
        best[(r, c)] = d
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == ".":
                visit(nr, nc, d + 1)

    visit(start[0], start[1], 0)
    return best.get(goal, -1)
