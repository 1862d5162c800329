// keeps the words in an array and scans all of them for every query: O(number of words) per operation
export class Trie {
  private readonly words: string[] = [];

  insert(word: string): void {
    if (!this.words.includes(word)) this.words.push(word);
  }

  search(word: string): boolean {
    return this.words.includes(word);
  }

  startsWith(prefix: string): boolean {
    return this.words.some((w) => w.startsWith(prefix));
  }
}
