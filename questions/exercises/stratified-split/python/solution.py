from typing import Hashable, List, Sequence, Tuple


def stratified_split(labels: Sequence[Hashable], test_fraction: float) -> Tuple[List[int], List[int]]:
    """Split the items 0 .. len(labels) - 1 into (train, test) index lists, each ascending.

    For each class (the items with equal labels, in index order, n of them):
      t = floor(n * test_fraction + 0.5)       (round half up)
      then at least 1 and at most n - 1:       t = min(max(t, 1), n - 1); a class of one item has t = 0
      the test items are the class's items at positions floor((2j + 1) * n / (2t)), j = 0 .. t - 1
    Everything else is train. Raise ValueError unless 0 < test_fraction < 1.
    """
    raise NotImplementedError
