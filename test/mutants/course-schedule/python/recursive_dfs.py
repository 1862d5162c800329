# recursion: a correct three-colour depth-first search, but recursive, so a 100,000-course chain overflows the stack
def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    if n < 0:
        raise ValueError("negative n")
    after = [[] for _ in range(n)]
    for course, pre in prerequisites:
        if not (0 <= course < n and 0 <= pre < n):
            raise ValueError("course out of range")
        after[pre].append(course)
    state = [0] * n  # 0 unseen, 1 on the current path, 2 finished
    finished = []

    def visit(node):
        state[node] = 1
        for child in after[node]:
            if state[child] == 1:
                return False
            if state[child] == 0 and not visit(child):
                return False
        state[node] = 2
        finished.append(node)
        return True

    for root in range(n):
        if state[root] == 0 and not visit(root):
            return None
    return finished[::-1]
