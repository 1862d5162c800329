# pushes a list's children in reverse with list.reverse(), which reverses the caller's sublists
from typing import Any, List


def flatten(nested: List[Any]) -> List[Any]:
    out: List[Any] = []
    stack: List[Any] = list(reversed(nested))
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            item.reverse()
            stack.extend(item)
        else:
            out.append(item)
    return out
