# bounds: checks only the upper bound, so a negative vertex wraps around to the last one
import heapq
import math


def _search(n, edges, source):
    """Distances and predecessors from source (heap with lazy deletion)."""
    if not (source < n):
        raise ValueError(f"source {source} is not in 0..{n - 1}")
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        if not (u < n and v < n):
            raise ValueError(f"edge {(u, v, w)} names a vertex outside 0..{n - 1}")
        if w < 0:
            raise ValueError(f"edge {(u, v, w)} has a negative weight")
        adj[u].append((v, w))
    dist = [math.inf] * n
    prev = [-1] * n
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue  # stale entry: u was reached more cheaply already
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                prev[v] = u
                heapq.heappush(heap, (d + w, v))
    return dist, prev


def dijkstra(n: int, edges: list[tuple[int, int, float]], source: int) -> list[float]:
    """Shortest distances from source along directed edges (u, v, w >= 0); math.inf if unreachable.

    Raise ValueError for a negative weight or a vertex outside 0..n-1. O((V + E) log V) time.
    """
    return _search(n, edges, source)[0]


def shortest_path(n: int, edges: list[tuple[int, int, float]], source: int, target: int) -> list[int] | None:
    """The vertices of one shortest path from source to target, both included; None if unreachable."""
    if not (target < n):
        raise ValueError(f"target {target} is not in 0..{n - 1}")
    dist, prev = _search(n, edges, source)
    if dist[target] == math.inf:
        return None
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]
