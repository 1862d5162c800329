// modulo hashing instead of a ring: node = nodes[hash(key) % nodes.length], so removing a node reassigns most keys
const encoder = new TextEncoder();

export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class HashRing {
  private nodes: string[] = [];

  constructor(replicas: number) {
    if (!Number.isInteger(replicas) || replicas < 1) throw new RangeError("replicas must be an integer >= 1");
  }

  addNode(node: string): void {
    if (this.nodes.includes(node)) throw new Error("already on the ring");
    this.nodes.push(node);
    this.nodes.sort();
  }

  removeNode(node: string): void {
    if (!this.nodes.includes(node)) throw new Error("not on the ring");
    this.nodes = this.nodes.filter((n) => n !== node);
  }

  getNode(key: string): string | null {
    if (this.nodes.length === 0) return null;
    return this.nodes[fnv1a32(key) % this.nodes.length];
  }

  size(): number {
    return this.nodes.length;
  }
}
