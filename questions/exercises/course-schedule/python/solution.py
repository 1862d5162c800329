def course_order(n: int, prerequisites: list[tuple[int, int]]) -> list[int] | None:
    """An order of the courses 0..n-1 in which each (course, prerequisite) pair's prerequisite
    comes first, or None if the prerequisites form a cycle.

    Raise ValueError for a negative n or a course outside 0..n-1. O(n + len(prerequisites)) time.
    """
    raise NotImplementedError
