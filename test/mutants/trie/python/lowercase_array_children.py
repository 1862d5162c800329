# children in a fixed array of 26 slots indexed by ord(ch) - ord("a"), which only works for lower-case ASCII
from typing import List, Optional


class _Node:
    __slots__ = ("children", "is_end")

    def __init__(self) -> None:
        self.children: List[Optional["_Node"]] = [None] * 26
        self.is_end = False


class Trie:
    def __init__(self) -> None:
        self._root = _Node()
        self._count = 0

    def _walk(self, s: str) -> Optional[_Node]:
        node: Optional[_Node] = self._root
        for ch in s:
            node = node.children[ord(ch) - ord("a")]
            if node is None:
                return None
        return node

    def insert(self, word: str) -> None:
        node = self._root
        for ch in word:
            i = ord(ch) - ord("a")
            if node.children[i] is None:
                node.children[i] = _Node()
            node = node.children[i]
        if not node.is_end:
            node.is_end = True
            self._count += 1

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node.is_end

    def starts_with(self, prefix: str) -> bool:
        if prefix == "":
            return self._count > 0
        return self._walk(prefix) is not None
