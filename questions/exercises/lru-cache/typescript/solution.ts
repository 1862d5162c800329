/** Fixed-capacity least-recently-used cache with O(1) average get and put. */
export class LRUCache<K, V> {
  /** Throw a RangeError if capacity < 1. */
  constructor(capacity: number) {
    throw new Error("Not implemented");
  }

  /** The value for key, marking it most recently used; undefined if absent. */
  get(key: K): V | undefined {
    throw new Error("Not implemented");
  }

  /** Insert or update key as most recently used, evicting the LRU entry if full. */
  put(key: K, value: V): void {
    throw new Error("Not implemented");
  }

  /** Number of entries currently stored. */
  size(): number {
    throw new Error("Not implemented");
  }
}
