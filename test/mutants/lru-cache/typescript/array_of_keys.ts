// keeps the recency order in an array of keys: indexOf + splice and shift are O(n) per operation
export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly values = new Map<K, V>();
  private readonly order: K[] = []; // least recent first

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be an integer >= 1, got ${capacity}`);
    }
    this.capacity = capacity;
  }

  private remove(key: K): void {
    this.order.splice(this.order.indexOf(key), 1);
  }

  get(key: K): V | undefined {
    if (!this.values.has(key)) return undefined;
    this.remove(key);
    this.order.push(key);
    return this.values.get(key);
  }

  put(key: K, value: V): void {
    if (this.values.has(key)) {
      this.remove(key);
    } else if (this.values.size >= this.capacity) {
      this.values.delete(this.order.shift() as K);
    }
    this.values.set(key, value);
    this.order.push(key);
  }

  size(): number {
    return this.values.size;
  }
}
