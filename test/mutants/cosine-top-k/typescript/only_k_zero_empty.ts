// non-positive k: only k === 0 returns [], a negative k slices off the end of a full sort
type Scored = [index: number, score: number];

// a ranks below b: lower score, or the same score and a higher index.
function worse(a: Scored, b: Scored): boolean {
  return a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
}

/** A min-heap of at most `capacity` items whose root is the worst one kept. */
class BoundedMinHeap {
  private readonly items: Scored[] = [];
  private readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  offer(item: Scored): void {
    if (this.items.length < this.capacity) {
      this.items.push(item);
      this.siftUp(this.items.length - 1);
    } else if (worse(this.items[0], item)) {
      this.items[0] = item;
      this.siftDown(0);
    }
  }

  toArray(): Scored[] {
    return [...this.items];
  }

  private siftUp(i: number): void {
    const a = this.items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const a = this.items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < a.length && worse(a[l], a[smallest])) smallest = l;
      if (r < a.length && worse(a[r], a[smallest])) smallest = r;
      if (smallest === i) return;
      [a[i], a[smallest]] = [a[smallest], a[i]];
      i = smallest;
    }
  }
}

/**
 * Return the k [index, cosine similarity] pairs most similar to query.
 *
 * Sorted by score descending, ties by lower index. A zero vector (query or
 * document) has similarity 0. k <= 0 returns []; k > vectors.length returns all.
 * Throw an Error if a vector's length differs from the query's.
 */
export function cosineTopK(query: number[], vectors: number[][], k: number): Array<[number, number]> {
  const d = query.length;
  if (vectors.some((v) => v.length !== d)) throw new Error("every vector must have the query's dimension");
  if (k === 0 || vectors.length === 0) return [];

  const queryNorm = Math.sqrt(query.reduce((s, x) => s + x * x, 0));
  const heap = new BoundedMinHeap(vectors.length);
  vectors.forEach((v, i) => {
    let dot = 0;
    let sq = 0;
    for (let j = 0; j < d; j++) {
      dot += query[j] * v[j];
      sq += v[j] * v[j];
    }
    const score = queryNorm === 0 || sq === 0 ? 0 : dot / (queryNorm * Math.sqrt(sq));
    heap.offer([i, score]);
  });
  return heap.toArray().sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, k);
}
