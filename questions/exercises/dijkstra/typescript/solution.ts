/**
 * Shortest distances from source along directed edges [u, v, w] with w >= 0;
 * Infinity for unreachable vertices. Throw a RangeError for a negative weight or a
 * vertex outside 0..n-1. Do not modify `edges`. O((V + E) log V) time with a binary heap.
 */
export function dijkstra(n: number, edges: Array<[number, number, number]>, source: number): number[] {
  throw new Error("Not implemented");
}

/** The vertices of one shortest path from source to target, both included; null if unreachable. */
export function shortestPath(n: number, edges: Array<[number, number, number]>, source: number, target: number): number[] | null {
  throw new Error("Not implemented");
}
