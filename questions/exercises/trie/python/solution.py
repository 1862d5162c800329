class Trie:
    """A prefix tree over arbitrary strings; every operation is O(length of its argument)."""

    def __init__(self) -> None:
        raise NotImplementedError

    def insert(self, word: str) -> None:
        """Store word (inserting it again has no further effect)."""
        raise NotImplementedError

    def search(self, word: str) -> bool:
        """Return True if exactly this word has been inserted."""
        raise NotImplementedError

    def starts_with(self, prefix: str) -> bool:
        """Return True if at least one inserted word starts with prefix."""
        raise NotImplementedError
