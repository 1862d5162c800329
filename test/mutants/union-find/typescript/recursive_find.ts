// recursion: path compression by recursion, but without union by size the tree is a 400,000-long chain and find overflows the stack
export class UnionFind {
  private readonly parent: number[];
  private readonly sizes: number[];
  private sets: number;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError("bad n");
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.sizes = new Array<number>(n).fill(1);
    this.sets = n;
  }

  find(x: number): number {
    if (!Number.isInteger(x) || x < 0 || x >= this.parent.length) throw new RangeError("out of range");
    if (this.parent[x] !== x) this.parent[x] = this.find(this.parent[x]);
    return this.parent[x];
  }

  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[ra] = rb;
    this.sizes[rb] += this.sizes[ra];
    this.sets--;
    return true;
  }

  connected(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  size(x: number): number {
    return this.sizes[this.find(x)];
  }

  components(): number {
    return this.sets;
  }
}

export function redundantEdge(n: number, edges: Array<[number, number]>): [number, number] | null {
  const sets = new UnionFind(n);
  for (const edge of edges) if (!sets.union(edge[0], edge[1])) return edge;
  return null;
}
