# relies on a plain dict's insertion order: pop and re-insert to refresh, next(iter(...)) for the oldest key
from typing import Any, Dict, Hashable


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self._capacity = capacity
        self._data: Dict[Hashable, Any] = {}

    def get(self, key: Hashable, default: Any = None) -> Any:
        if key not in self._data:
            return default
        value = self._data.pop(key)
        self._data[key] = value
        return value

    def put(self, key: Hashable, value: Any) -> None:
        if key in self._data:
            del self._data[key]
        elif len(self._data) >= self._capacity:
            del self._data[next(iter(self._data))]
        self._data[key] = value

    def __len__(self) -> int:
        return len(self._data)
