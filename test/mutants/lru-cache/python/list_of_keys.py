# keeps the recency order in a plain list of keys: list.remove and pop(0) are O(n) per operation
from typing import Any, Dict, Hashable, List


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self._capacity = capacity
        self._data: Dict[Hashable, Any] = {}
        self._order: List[Hashable] = []  # least recent first

    def get(self, key: Hashable, default: Any = None) -> Any:
        if key not in self._data:
            return default
        self._order.remove(key)
        self._order.append(key)
        return self._data[key]

    def put(self, key: Hashable, value: Any) -> None:
        if key in self._data:
            self._order.remove(key)
        elif len(self._data) >= self._capacity:
            oldest = self._order.pop(0)
            del self._data[oldest]
        self._data[key] = value
        self._order.append(key)

    def __len__(self) -> int:
        return len(self._data)
