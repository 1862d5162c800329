# skips every falsy item to get rid of empty sublists, which also drops 0, False, None and ""
from typing import Any, Iterator, List


def flatten(nested: List[Any]) -> List[Any]:
    out: List[Any] = []
    stack: List[Iterator[Any]] = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if not item:
                continue
            if isinstance(item, list):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out
