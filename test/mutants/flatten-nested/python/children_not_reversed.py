# explicit stack of items, but a list's children are pushed in order, so they pop out right to left
from typing import Any, List


def flatten(nested: List[Any]) -> List[Any]:
    out: List[Any] = []
    stack: List[Any] = list(reversed(nested))
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        else:
            out.append(item)
    return out
