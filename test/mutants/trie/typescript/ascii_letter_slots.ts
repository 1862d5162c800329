// children in 26 slots indexed by the character code minus "a", silently ignoring every other character
class TrieNode {
  children: (TrieNode | undefined)[] = new Array(26).fill(undefined);
  isEnd = false;
}

function slot(ch: string): number {
  return ch.charCodeAt(0) - 97;
}

export class Trie {
  private readonly root = new TrieNode();
  private count = 0;

  private walk(s: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const ch of s) {
      const i = slot(ch);
      if (i < 0 || i >= 26) continue; // not a lower-case letter
      node = node.children[i];
      if (node === undefined) return undefined;
    }
    return node;
  }

  insert(word: string): void {
    let node = this.root;
    for (const ch of word) {
      const i = slot(ch);
      if (i < 0 || i >= 26) continue; // not a lower-case letter
      let child = node.children[i];
      if (child === undefined) {
        child = new TrieNode();
        node.children[i] = child;
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
    if (prefix === "") return this.count > 0;
    return this.walk(prefix) !== undefined;
  }
}
