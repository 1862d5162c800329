# keeps the words in a list and scans all of them for every query: O(number of words) per operation
from typing import List


class Trie:
    def __init__(self) -> None:
        self._words: List[str] = []

    def insert(self, word: str) -> None:
        if word not in self._words:
            self._words.append(word)

    def search(self, word: str) -> bool:
        return word in self._words

    def starts_with(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self._words)
