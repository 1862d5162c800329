# slow: picks the next vertex by scanning all of them for the smallest tentative distance, O(V^2)
import math


def _search(n, edges, source):
    if not (0 <= source < n):
        raise ValueError("source out of range")
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        if not (0 <= u < n and 0 <= v < n) or w < 0:
            raise ValueError("bad edge")
        adj[u].append((v, w))
    dist = [math.inf] * n
    prev = [-1] * n
    done = [False] * n
    dist[source] = 0
    for _ in range(n):
        u = min((i for i in range(n) if not done[i]), key=lambda i: dist[i])
        if dist[u] == math.inf:
            break
        done[u] = True
        for v, w in adj[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev


def dijkstra(n, edges, source):
    return _search(n, edges, source)[0]


def shortest_path(n, edges, source, target):
    if not (0 <= target < n):
        raise ValueError("target out of range")
    dist, prev = _search(n, edges, source)
    if dist[target] == math.inf:
        return None
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return path[::-1]
