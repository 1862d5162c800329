// binary search for the first point strictly after the key (> instead of >=): a key on a point goes to the next one
const encoder = new TextEncoder();

/** 32-bit FNV-1a over the UTF-8 bytes of text, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0; // multiply modulo 2^32
  }
  return h >>> 0;
}

interface Point {
  position: number;
  node: string;
}

/** Sorted array of points; a lookup is one binary search. */
export class HashRing {
  private readonly replicas: number;
  private readonly nodes = new Set<string>();
  private points: Point[] = []; // sorted by position, then node name
  private positions: number[] = []; // the positions alone, for the binary search

  constructor(replicas: number) {
    if (!Number.isInteger(replicas) || replicas < 1) {
      throw new RangeError(`replicas must be an integer >= 1, got ${replicas}`);
    }
    this.replicas = replicas;
  }

  private rebuild(points: Point[]): void {
    this.points = points;
    this.positions = points.map((p) => p.position);
  }

  addNode(node: string): void {
    if (this.nodes.has(node)) throw new Error(`node ${node} is already on the ring`);
    this.nodes.add(node);
    const points = this.points.slice();
    for (let i = 0; i < this.replicas; i++) points.push({ position: fnv1a32(`${node}#${i}`), node });
    points.sort((a, b) => a.position - b.position || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
    this.rebuild(points);
  }

  removeNode(node: string): void {
    if (!this.nodes.has(node)) throw new Error(`node ${node} is not on the ring`);
    this.nodes.delete(node);
    this.rebuild(this.points.filter((p) => p.node !== node));
  }

  getNode(key: string): string | null {
    const n = this.positions.length;
    if (n === 0) return null;
    const h = fnv1a32(key);
    // First index whose position is >= h (n if none).
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.positions[mid] <= h) lo = mid + 1;
      else hi = mid;
    }
    return this.points[lo === n ? 0 : lo].node; // past the last point: wrap around
  }

  size(): number {
    return this.nodes.size;
  }
}
