# the recursive baseline: its call depth is the nesting depth, so 50,000 levels raise RecursionError
from typing import Any, List


def flatten(nested: List[Any]) -> List[Any]:
    out: List[Any] = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
