/** A prefix tree over arbitrary strings; every operation is O(length of its argument). */
export class Trie {
  /** Store word (inserting it again has no further effect). */
  insert(word: string): void {
    throw new Error("Not implemented");
  }

  /** True if exactly this word has been inserted. */
  search(word: string): boolean {
    throw new Error("Not implemented");
  }

  /** True if at least one inserted word starts with prefix. */
  startsWith(prefix: string): boolean {
    throw new Error("Not implemented");
  }
}
