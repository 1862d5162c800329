// slow: BFS, but the seen cells are kept in an array, so every `includes` scans it (O((R*C)^2))
export function shortestPath(grid: string[], start: [number, number], goal: [number, number]): number {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  for (const row of grid) if (row.length !== cols || !/^[.#]*$/.test(row)) throw new RangeError("malformed grid");
  for (const [r, c] of [start, goal]) if (r < 0 || r >= rows || c < 0 || c >= cols) throw new RangeError("outside the grid");
  if (grid[start[0]][start[1]] === "#" || grid[goal[0]][goal[1]] === "#") return -1;
  const seen: string[] = [`${start[0]},${start[1]}`];
  const queue: Array<[number, number, number]> = [[start[0], start[1], 0]];
  for (let head = 0; head < queue.length; head++) {
    const [r, c, d] = queue[head];
    if (r === goal[0] && c === goal[1]) return d;
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== "." || seen.includes(`${nr},${nc}`)) continue;
      seen.push(`${nr},${nc}`);
      queue.push([nr, nc, d + 1]);
    }
  }
  return -1;
}
