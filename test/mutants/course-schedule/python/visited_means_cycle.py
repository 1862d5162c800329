# cycle test: depth-first search that calls any already-visited course a cycle, so a diamond is rejected
def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    if n < 0:
        raise ValueError("negative n")
    after = [[] for _ in range(n)]
    for course, pre in prerequisites:
        if not (0 <= course < n and 0 <= pre < n):
            raise ValueError("course out of range")
        after[pre].append(course)
    visited = [False] * n
    finished = []
    for root in range(n):
        if visited[root]:
            continue
        visited[root] = True
        stack = [(root, iter(after[root]))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                finished.append(node)
            elif visited[child]:
                return None
            else:
                visited[child] = True
                stack.append((child, iter(after[child])))
    return finished[::-1]
