class UnionFind:
    """Disjoint sets over 0..n-1 with union by size and path compression."""

    def __init__(self, n: int) -> None:
        """Raise ValueError if n < 0."""
        raise NotImplementedError

    def find(self, x: int) -> int:
        """The representative of x's set (ValueError if x is not in 0..n-1)."""
        raise NotImplementedError

    def union(self, a: int, b: int) -> bool:
        """Merge the sets of a and b; False if they were already one set."""
        raise NotImplementedError

    def connected(self, a: int, b: int) -> bool:
        raise NotImplementedError

    def size(self, x: int) -> int:
        """The number of elements in x's set."""
        raise NotImplementedError

    def components(self) -> int:
        """The number of sets."""
        raise NotImplementedError


def redundant_edge(n: int, edges: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first edge whose ends are already connected by the edges before it, or None."""
    raise NotImplementedError
