# slow: quick-find, every element stores its set's label and a union relabels one set by scanning all n elements, O(n) per union
class UnionFind:
    def __init__(self, n: int) -> None:
        if n < 0:
            raise ValueError(f"n must be at least 0, got {n}")
        self._label = list(range(n))
        self._size = [1] * n  # by label
        self._sets = n

    def find(self, x: int) -> int:
        if not (0 <= x < len(self._label)):
            raise ValueError(f"{x} is not in 0..{len(self._label) - 1}")
        return self._label[x]

    def union(self, a: int, b: int) -> bool:
        la, lb = self.find(a), self.find(b)
        if la == lb:
            return False
        for i in range(len(self._label)):
            if self._label[i] == la:
                self._label[i] = lb
        self._size[lb] += self._size[la]
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
        if not sets.union(edge[0], edge[1]):
            return edge
    return None
