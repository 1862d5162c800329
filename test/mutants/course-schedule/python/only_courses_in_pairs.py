# coverage: builds the graph from the pairs only, so courses that no pair mentions are missing
from collections import defaultdict, deque


def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    if n < 0:
        raise ValueError("negative n")
    after = defaultdict(list)
    indegree = {}
    for course, pre in prerequisites:
        if not (0 <= course < n and 0 <= pre < n):
            raise ValueError("course out of range")
        after[pre].append(course)
        indegree[course] = indegree.get(course, 0) + 1
        indegree.setdefault(pre, 0)
    ready = deque(c for c in sorted(indegree) if indegree[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for nxt in after[c]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return order if len(order) == len(indegree) else None
