# treats tuples as containers too: isinstance(item, (list, tuple)) expands the tuple leaf
from typing import Any, Iterator, List


def flatten(nested: List[Any]) -> List[Any]:
    out: List[Any] = []
    stack: List[Iterator[Any]] = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, (list, tuple)):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out
