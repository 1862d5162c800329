from typing import Any, Iterator, List


def flatten(nested: List[Any]) -> List[Any]:
    """Iterative flatten with an explicit stack of iterators: O(N) time, O(depth) stack."""
    out: List[Any] = []
    stack: List[Iterator[Any]] = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break  # continue with the sublist; resume this iterator later
            out.append(item)
        else:
            stack.pop()  # the list on top is exhausted
    return out
