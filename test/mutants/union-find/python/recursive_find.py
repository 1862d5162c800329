# recursion: path compression by recursion, but without union by size the tree is a 200,000-long chain and find overflows the stack
class UnionFind:
    def __init__(self, n: int) -> None:
        if n < 0:
            raise ValueError("negative n")
        self._parent = list(range(n))
        self._size = [1] * n
        self._sets = n

    def find(self, x: int) -> int:
        if not (0 <= x < len(self._parent)):
            raise ValueError("out of range")
        if self._parent[x] != x:
            self._parent[x] = self.find(self._parent[x])
        return self._parent[x]

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self._parent[ra] = rb
        self._size[rb] += self._size[ra]
        self._sets -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def size(self, x: int) -> int:
        return self._size[self.find(x)]

    def components(self) -> int:
        return self._sets


def redundant_edge(n, edges):
    sets = UnionFind(n)
    for edge in edges:
        if not sets.union(*edge):
            return edge
    return None
