from typing import Any, Hashable


class LRUCache:
    """Fixed-capacity least-recently-used cache with O(1) average get and put."""

    def __init__(self, capacity: int) -> None:
        """Raise ValueError if capacity < 1."""
        raise NotImplementedError

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Return the value for key and mark it most recently used; default if absent."""
        raise NotImplementedError

    def put(self, key: Hashable, value: Any) -> None:
        """Insert or update key as most recently used, evicting the LRU entry if full."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError
