/**
 * 32-bit FNV-1a over the UTF-8 bytes of text, as an unsigned integer in [0, 2^32).
 *
 * h = 2166136261; for each byte b: h = ((h XOR b) * 16777619) mod 2^32.
 */
export function fnv1a32(text: string): number {
  throw new Error("Not implemented");
}

/**
 * Consistent-hashing ring with `replicas` virtual points per node.
 *
 * Node n has the points fnv1a32(`${n}#${i}`) for i = 0 .. replicas - 1. A key
 * belongs to the first point at or after fnv1a32(key), wrapping around to the
 * smallest point; points at the same position are ordered by node name (the
 * smaller name wins). Throw a RangeError if replicas is not an integer >= 1.
 */
export class HashRing {
  constructor(replicas: number) {
    throw new Error("Not implemented");
  }

  /** Put node's points on the ring. Throw an Error if node is already on it. */
  addNode(node: string): void {
    throw new Error("Not implemented");
  }

  /** Take node's points off the ring. Throw an Error if node is not on it. */
  removeNode(node: string): void {
    throw new Error("Not implemented");
  }

  /** The node that owns key, or null if the ring is empty. O(log n) in the number of points. */
  getNode(key: string): string | null {
    throw new Error("Not implemented");
  }

  /** The number of nodes (not points) on the ring. */
  size(): number {
    throw new Error("Not implemented");
  }
}
