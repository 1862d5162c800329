// walks the empty prefix to the root, which always exists, so an empty trie "has" words starting with ""
class TrieNode {
  children = new Map<string, TrieNode>();
  isEnd = false;
}

/** A prefix tree over arbitrary strings; every operation is O(length of its argument). */
export class Trie {
  private readonly root = new TrieNode();
  private count = 0; // number of distinct words stored

  private walk(s: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const ch of s) {
      node = node.children.get(ch);
      if (node === undefined) return undefined;
    }
    return node;
  }

  insert(word: string): void {
    let node = this.root;
    for (const ch of word) {
      let child = node.children.get(ch);
      if (child === undefined) {
        child = new TrieNode();
        node.children.set(ch, child);
      }
      node = child;
    }
    if (!node.isEnd) {
      node.isEnd = true;
      this.count++;
    }
  }

  search(word: string): boolean {
    return this.walk(word)?.isEnd === true;
  }

  startsWith(prefix: string): boolean {
    // Without deletion, every non-root node lies on the path of a stored word.
    return this.walk(prefix) !== undefined;
  }
}
