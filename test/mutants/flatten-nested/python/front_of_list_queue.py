# keeps the pending items in order at the front of a list: pop(0) and slice insertion copy it every step, O(N^2)
from typing import Any, List


def flatten(nested: List[Any]) -> List[Any]:
    out: List[Any] = []
    pending: List[Any] = list(nested)
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending[0:0] = item
        else:
            out.append(item)
    return out
