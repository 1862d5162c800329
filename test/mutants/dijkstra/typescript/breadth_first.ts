// weights ignored: breadth-first search counts edges, then adds up the weights along the fewest-hop path
function search(n: number, edges: Array<[number, number, number]>, source: number): { dist: number[]; prev: number[] } {
  const bad = (x: number): boolean => !Number.isInteger(x) || x < 0 || x >= n;
  if (bad(source)) throw new RangeError("source out of range");
  const adj: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  for (const [u, v, w] of edges) {
    if (bad(u) || bad(v) || !(w >= 0)) throw new RangeError("bad edge");
    adj[u].push([v, w]);
  }
  const dist = new Array<number>(n).fill(Infinity);
  const prev = new Array<number>(n).fill(-1);
  dist[source] = 0;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const [v, w] of adj[u]) {
      if (dist[v] === Infinity) {
        dist[v] = dist[u] + w;
        prev[v] = u;
        queue.push(v);
      }
    }
  }
  return { dist, prev };
}

export function dijkstra(n: number, edges: Array<[number, number, number]>, source: number): number[] {
  return search(n, edges, source).dist;
}

export function shortestPath(n: number, edges: Array<[number, number, number]>, source: number, target: number): number[] | null {
  if (!Number.isInteger(target) || target < 0 || target >= n) throw new RangeError("target out of range");
  const { dist, prev } = search(n, edges, source);
  if (dist[target] === Infinity) return null;
  const path = [target];
  while (path[path.length - 1] !== source) path.push(prev[path[path.length - 1]]);
  return path.reverse();
}
