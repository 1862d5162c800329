// slow: quick-find, every element stores its set's label and a union relabels one set by scanning all n elements, O(n) per union
export class UnionFind {
  private readonly label: number[];
  private readonly sizes: number[]; // by label
  private sets: number;

  constructor(n: number) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer >= 0, got ${n}`);
    this.label = Array.from({ length: n }, (_, i) => i);
    this.sizes = new Array<number>(n).fill(1);
    this.sets = n;
  }

  find(x: number): number {
    if (!Number.isInteger(x) || x < 0 || x >= this.label.length) throw new RangeError(`${x} is not in 0..${this.label.length - 1}`);
    return this.label[x];
  }

  union(a: number, b: number): boolean {
    const la = this.find(a);
    const lb = this.find(b);
    if (la === lb) return false;
    for (let i = 0; i < this.label.length; i++) if (this.label[i] === la) this.label[i] = lb;
    this.sizes[lb] += this.sizes[la];
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
