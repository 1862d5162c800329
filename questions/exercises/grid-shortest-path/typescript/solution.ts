/**
 * Fewest up/down/left/right steps from start to goal ([row, column]) through "." cells;
 * -1 if the goal cannot be reached. Throw a RangeError for a malformed grid or a
 * position outside it. O(rows * cols) time.
 */
export function shortestPath(grid: string[], start: [number, number], goal: [number, number]): number {
  throw new Error("Not implemented");
}
