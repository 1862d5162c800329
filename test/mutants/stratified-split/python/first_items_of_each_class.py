# takes the first t items of each class instead of spreading them through it
import math
from typing import Dict, Hashable, List, Sequence, Tuple


def _test_count(n: int, test_fraction: float) -> int:
    """How many of a class's n items go to the test set."""
    if n < 2:
        return 0  # a single item goes to train
    wanted = math.floor(n * test_fraction + 0.5)  # round half up
    return min(max(wanted, 1), n - 1)  # at least one in each set


def stratified_split(labels: Sequence[Hashable], test_fraction: float) -> Tuple[List[int], List[int]]:
    """(train, test) indices, ascending: per class, round(n * f) items spread evenly go to test."""
    if not 0 < test_fraction < 1:
        raise ValueError(f"test_fraction must be in (0, 1), got {test_fraction}")
    by_class: Dict[Hashable, List[int]] = {}
    for i, label in enumerate(labels):
        by_class.setdefault(label, []).append(i)  # indices ascending within a class
    test: List[int] = []
    for members in by_class.values():
        n = len(members)
        t = _test_count(n, test_fraction)
        # The middle of each of t equal slices of the class: position floor((2j + 1) n / 2t).
        test.extend(members[:t])
    test.sort()
    chosen = set(test)
    train = [i for i in range(len(labels)) if i not in chosen]
    return train, test
