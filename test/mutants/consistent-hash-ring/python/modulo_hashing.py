# modulo hashing instead of a ring: node = nodes[hash(key) % len(nodes)], so removing a node reassigns most keys
from typing import List, Optional


def fnv1a_32(text: str) -> int:
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


class HashRing:
    def __init__(self, replicas: int) -> None:
        if isinstance(replicas, bool) or not isinstance(replicas, int) or replicas < 1:
            raise ValueError("replicas must be an integer >= 1")
        self._nodes: List[str] = []

    def add_node(self, node: str) -> None:
        if node in self._nodes:
            raise ValueError("already on the ring")
        self._nodes.append(node)
        self._nodes.sort()

    def remove_node(self, node: str) -> None:
        if node not in self._nodes:
            raise ValueError("not on the ring")
        self._nodes.remove(node)

    def get_node(self, key: str) -> Optional[str]:
        if not self._nodes:
            return None
        return self._nodes[fnv1a_32(key) % len(self._nodes)]

    def __len__(self) -> int:
        return len(self._nodes)
