// put of an existing key replaces the value but does not make the key the most recently used
interface Node<K, V> {
  key: K;
  value: V;
  prev: Node<K, V> | null;
  next: Node<K, V> | null;
}

/** Hash map + doubly linked list (most recent after head, least recent before tail). */
export class LRUCache<K, V> {
  private readonly capacity: number;
  private readonly map = new Map<K, Node<K, V>>();
  private readonly head: Node<K, V>; // sentinel before the most recent entry
  private readonly tail: Node<K, V>; // sentinel after the least recent entry

  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be an integer >= 1, got ${capacity}`);
    }
    this.capacity = capacity;
    this.head = { key: undefined as K, value: undefined as V, prev: null, next: null };
    this.tail = { key: undefined as K, value: undefined as V, prev: this.head, next: null };
    this.head.next = this.tail;
  }

  private unlink(node: Node<K, V>): void {
    (node.prev as Node<K, V>).next = node.next;
    (node.next as Node<K, V>).prev = node.prev;
  }

  private pushFront(node: Node<K, V>): void {
    node.prev = this.head;
    node.next = this.head.next;
    (this.head.next as Node<K, V>).prev = node;
    this.head.next = node;
  }

  get(key: K): V | undefined {
    const node = this.map.get(key);
    if (node === undefined) return undefined;
    this.unlink(node);
    this.pushFront(node);
    return node.value;
  }

  put(key: K, value: V): void {
    const existing = this.map.get(key);
    if (existing !== undefined) {
      existing.value = value;
      return;
    }
    if (this.map.size >= this.capacity) {
      const lru = this.tail.prev as Node<K, V>;
      this.unlink(lru);
      this.map.delete(lru.key);
    }
    const node: Node<K, V> = { key, value, prev: null, next: null };
    this.map.set(key, node);
    this.pushFront(node);
  }

  size(): number {
    return this.map.size;
  }
}
