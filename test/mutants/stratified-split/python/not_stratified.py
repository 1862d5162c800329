# not stratified: rounds test_fraction of the whole list and spreads the picks over all items, ignoring the classes
import math
from typing import Hashable, List, Sequence, Tuple


def stratified_split(labels: Sequence[Hashable], test_fraction: float) -> Tuple[List[int], List[int]]:
    if not 0 < test_fraction < 1:
        raise ValueError(f"test_fraction must be in (0, 1), got {test_fraction}")
    n = len(labels)
    if n < 2:
        return list(range(n)), []
    t = min(max(math.floor(n * test_fraction + 0.5), 1), n - 1)
    test = [(2 * j + 1) * n // (2 * t) for j in range(t)]
    chosen = set(test)
    return [i for i in range(n) if i not in chosen], test
