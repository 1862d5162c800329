from typing import Any, List


def flatten(nested: List[Any]) -> List[Any]:
    """Return the non-list elements of nested, at any depth, in left-to-right order.

    Only list instances are expanded; strings, tuples, dicts, None, ... are leaves.
    Must not modify the input and must work for very deep nesting (O(N) time).
    flatten([1, [2, [3, [4]]], 5]) == [1, 2, 3, 4, 5]
    """
    raise NotImplementedError
