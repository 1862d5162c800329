def dijkstra(n: int, edges: list[tuple[int, int, float]], source: int) -> list[float]:
    """Shortest distances from source along directed edges (u, v, w >= 0); math.inf if unreachable.

    Raise ValueError for a negative weight or a vertex outside 0..n-1. O((V + E) log V) time.
    """
    raise NotImplementedError


def shortest_path(n: int, edges: list[tuple[int, int, float]], source: int, target: int) -> list[int] | None:
    """The vertices of one shortest path from source to target, both included; None if unreachable."""
    raise NotImplementedError
