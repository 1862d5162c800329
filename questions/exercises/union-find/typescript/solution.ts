/** Disjoint sets over 0..n-1 with union by size and path compression. */
export class UnionFind {
  /** Throw a RangeError if n < 0. */
  constructor(n: number) {
    throw new Error("Not implemented");
  }

  /** The representative of x's set (RangeError if x is not in 0..n-1). */
  find(x: number): number {
    throw new Error("Not implemented");
  }

  /** Merge the sets of a and b; false if they were already one set. */
  union(a: number, b: number): boolean {
    throw new Error("Not implemented");
  }

  connected(a: number, b: number): boolean {
    throw new Error("Not implemented");
  }

  /** The number of elements in x's set. */
  size(x: number): number {
    throw new Error("Not implemented");
  }

  /** The number of sets. */
  components(): number {
    throw new Error("Not implemented");
  }
}

/** The first edge whose ends are already connected by the edges before it, or null. */
export function redundantEdge(n: number, edges: Array<[number, number]>): [number, number] | null {
  throw new Error("Not implemented");
}
