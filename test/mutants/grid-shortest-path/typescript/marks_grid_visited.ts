// input mutation: marks visited cells by writing walls into the caller's grid
export function shortestPath(grid: string[], start: [number, number], goal: [number, number]): number {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  for (const row of grid) if (row.length !== cols || !/^[.#]*$/.test(row)) throw new RangeError("malformed grid");
  for (const [r, c] of [start, goal]) if (r < 0 || r >= rows || c < 0 || c >= cols) throw new RangeError("outside the grid");
  if (grid[start[0]][start[1]] === "#" || grid[goal[0]][goal[1]] === "#") return -1;
  if (start[0] === goal[0] && start[1] === goal[1]) return 0;
  const block = (r: number, c: number): void => {
    grid[r] = grid[r].slice(0, c) + "#" + grid[r].slice(c + 1);
  };
  block(start[0], start[1]);
  let frontier: Array<[number, number]> = [start];
  for (let d = 1; frontier.length > 0; d++) {
    const next: Array<[number, number]> = [];
    for (const [r, c] of frontier) {
      for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== ".") continue;
        if (nr === goal[0] && nc === goal[1]) return d;
        block(nr, nc);
        next.push([nr, nc]);
      }
    }
    frontier = next;
  }
  return -1;
}
