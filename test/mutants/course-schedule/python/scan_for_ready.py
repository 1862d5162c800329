# slow: scans every course for the next one whose prerequisites are all taken, O(n^2) on a chain
def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    if n < 0:
        raise ValueError("negative n")
    after = [[] for _ in range(n)]
    indegree = [0] * n
    for course, pre in prerequisites:
        if not (0 <= course < n and 0 <= pre < n):
            raise ValueError("course out of range")
        after[pre].append(course)
        indegree[course] += 1
    taken = [False] * n
    order = []
    while len(order) < n:
        free = next((c for c in range(n) if not taken[c] and indegree[c] == 0), None)
        if free is None:
            return None
        taken[free] = True
        order.append(free)
        for nxt in after[free]:
            indegree[nxt] -= 1
    return order
