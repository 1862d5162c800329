from typing import Optional


def fnv1a_32(text: str) -> int:
    """32-bit FNV-1a over the UTF-8 bytes of text: an integer in [0, 2**32).

    h = 2166136261; for each byte b: h = ((h XOR b) * 16777619) mod 2**32.
    """
    raise NotImplementedError


class HashRing:
    """Consistent-hashing ring with `replicas` virtual points per node.

    Node n has the points fnv1a_32(f"{n}#{i}") for i in range(replicas). A key belongs to the
    first point at or after fnv1a_32(key), wrapping around to the smallest point; points at the
    same position are ordered by node name (the smaller name wins).
    Raise ValueError if replicas is not an integer >= 1.
    """

    def __init__(self, replicas: int) -> None:
        raise NotImplementedError

    def add_node(self, node: str) -> None:
        """Put node's points on the ring. Raise ValueError if node is already on it."""
        raise NotImplementedError

    def remove_node(self, node: str) -> None:
        """Take node's points off the ring. Raise ValueError if node is not on it."""
        raise NotImplementedError

    def get_node(self, key: str) -> Optional[str]:
        """The node that owns key, or None if the ring is empty. O(log n) in the number of points."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of nodes (not points) on the ring."""
        raise NotImplementedError
