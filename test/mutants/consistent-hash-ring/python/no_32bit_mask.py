# never reduces modulo 2**32, so the hash grows into a big integer
from bisect import bisect_left
from typing import List, Optional, Set, Tuple


def fnv1a_32(text: str) -> int:
    """32-bit FNV-1a over the UTF-8 bytes of text."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h ^= byte
        h = h * 0x01000193
    return h


class HashRing:
    """Sorted list of (position, node) points; a lookup is one binary search."""

    def __init__(self, replicas: int) -> None:
        if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1:
            raise ValueError(f"replicas must be an integer >= 1, got {replicas!r}")
        self._replicas = replicas
        self._nodes: Set[str] = set()
        self._points: List[Tuple[int, str]] = []  # sorted by position, then node name
        self._positions: List[int] = []  # the positions alone, for bisect

    def _rebuild(self, points: List[Tuple[int, str]]) -> None:
        self._points = points
        self._positions = [position for position, _ in points]

    def add_node(self, node: str) -> None:
        if node in self._nodes:
            raise ValueError(f"node {node!r} is already on the ring")
        self._nodes.add(node)
        new = [(fnv1a_32(f"{node}#{i}"), node) for i in range(self._replicas)]
        self._rebuild(sorted(self._points + new))

    def remove_node(self, node: str) -> None:
        if node not in self._nodes:
            raise ValueError(f"node {node!r} is not on the ring")
        self._nodes.remove(node)
        self._rebuild([point for point in self._points if point[1] != node])

    def get_node(self, key: str) -> Optional[str]:
        if not self._points:
            return None
        i = bisect_left(self._positions, fnv1a_32(key))  # first point at or after the key
        if i == len(self._points):
            i = 0  # past the last point: wrap around to the first
        return self._points[i][1]

    def __len__(self) -> int:
        return len(self._nodes)
