// order of checks: start == goal returns 0 before looking for a wall there
/**
 * Fewest up/down/left/right steps from start to goal ([row, column]) through "." cells;
 * -1 if the goal cannot be reached. Throw a RangeError for a malformed grid or a
 * position outside it. O(rows * cols) time.
 */
export function shortestPath(grid: string[], start: [number, number], goal: [number, number]): number {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  for (const row of grid) {
    if (row.length !== cols) throw new RangeError("rows have different lengths");
    if (!/^[.#]*$/.test(row)) throw new RangeError(`unknown character in row ${JSON.stringify(row)}`);
  }
  const inside = ([r, c]: [number, number]): boolean => Number.isInteger(r) && Number.isInteger(c) && r >= 0 && r < rows && c >= 0 && c < cols;
  if (!inside(start) || !inside(goal)) throw new RangeError(`start or goal is outside the ${rows} x ${cols} grid`);
  const [sr, sc] = start;
  const [gr, gc] = goal;
  if (sr === gr && sc === gc) return 0;
  if (grid[sr][sc] === "#" || grid[gr][gc] === "#") return -1;
  const dist = new Int32Array(rows * cols).fill(-1); // -1: not seen yet
  const queue = new Int32Array(rows * cols); // each cell is queued at most once
  let head = 0;
  let tail = 0;
  dist[sr * cols + sc] = 0;
  queue[tail++] = sr * cols + sc;
  const steps: Array<[number, number]> = [[1, 0], [-1, 0], [0, 1], [0, -1]];
  while (head < tail) {
    const cell = queue[head++];
    const r = Math.floor(cell / cols);
    const c = cell % cols;
    for (const [dr, dc] of steps) {
      const nr = r + dr;
      const nc = c + dc;
      if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] !== ".") continue;
      const next = nr * cols + nc;
      if (dist[next] !== -1) continue;
      dist[next] = dist[cell] + 1;
      if (nr === gr && nc === gc) return dist[next];
      queue[tail++] = next;
    }
  }
  return -1;
}
