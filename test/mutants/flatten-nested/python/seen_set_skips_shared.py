# guards against cycles with a set of every list ever visited, so a shared sublist is expanded only once
from typing import Any, Iterator, List


def flatten(nested: List[Any]) -> List[Any]:
    out: List[Any] = []
    seen = {id(nested)}
    stack: List[Iterator[Any]] = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                if id(item) in seen:
                    continue
                seen.add(id(item))
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out
