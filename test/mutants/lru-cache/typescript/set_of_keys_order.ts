// keeps the recency order in a Set's insertion order (delete + add), taking the oldest key with for...of
export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly values = new Map<K, V>();
  private readonly order = new Set<K>();

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be an integer >= 1, got ${capacity}`);
    }
    this.capacity = capacity;
  }

  private touch(key: K): void {
    this.order.delete(key);
    this.order.add(key);
  }

  get(key: K): V | undefined {
    if (!this.values.has(key)) return undefined;
    this.touch(key);
    return this.values.get(key);
  }

  put(key: K, value: V): void {
    if (!this.values.has(key) && this.values.size >= this.capacity) {
      for (const oldest of this.order) {
        this.order.delete(oldest);
        this.values.delete(oldest);
        break;
      }
    }
    this.values.set(key, value);
    this.touch(key);
  }

  size(): number {
    return this.values.size;
  }
}
