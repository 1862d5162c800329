import ast
import inspect
import unittest

import solution
from solution import lower_bound, upper_bound
from timed_test import TimedTestCase


class CountingList(list):
    """A list that counts how many elements are read from it."""

    reads = 0

    def __getitem__(self, index):
        value = super().__getitem__(index)
        CountingList.reads += len(value) if isinstance(index, slice) else 1
        return value

    def __iter__(self):
        for value in super().__iter__():
            CountingList.reads += 1
            yield value


class TestBounds(TimedTestCase):
    def check(self, arr, target, lower, upper):
        self.assertEqual(lower_bound(arr, target), lower, f"lower_bound({arr}, {target})")
        self.assertEqual(upper_bound(arr, target), upper, f"upper_bound({arr}, {target})")

    def test_duplicates(self):
        self.check([1, 2, 2, 2, 3], 2, 1, 4)
        self.check([7, 7, 7], 7, 0, 3)

    def test_absent_target(self):
        self.check([1, 3, 5], 4, 2, 2)
        self.check([1, 2, 2, 2, 3], 0, 0, 0)
        self.check([1, 2, 2, 2, 3], 4, 5, 5)

    def test_empty(self):
        self.check([], 1, 0, 0)

    def test_single_element(self):
        self.check([5], 5, 0, 1)
        self.check([5], 4, 0, 0)
        self.check([5], 6, 1, 1)

    def test_negative_and_fractional_values(self):
        arr = [-5.5, -2, 0, 0, 3.25]
        self.check(arr, 0, 2, 4)
        self.check(arr, -2, 1, 2)
        self.check(arr, -3, 1, 1)
        self.check(arr, 3.25, 4, 5)
        self.check(arr, -6, 0, 0)

    def test_count_occurrences(self):
        arr = [1, 1, 2, 4, 4, 4, 4, 9]
        counts = {v: upper_bound(arr, v) - lower_bound(arr, v) for v in (0, 1, 2, 3, 4, 9, 10)}
        self.assertEqual(counts, {0: 0, 1: 2, 2: 1, 3: 0, 4: 4, 9: 1, 10: 0})

    def test_reads_logarithmically_many_elements(self):
        arrays = (
            CountingList(range(0, 2_000_000, 2)),
            CountingList([0] * 500_000 + [1] * 500_000),  # long runs of equal values
            CountingList([7] * 1024),
        )
        for arr in arrays:
            n = len(arr)
            limit = 2 * (n.bit_length() + 1)  # 2 * (floor(log2 n) + 2)
            for target in (-1, 0, 1, 7, 777_777, 2_000_000):
                for fn in (lower_bound, upper_bound):
                    CountingList.reads = 0
                    fn(arr, target)
                    self.assertLessEqual(
                        CountingList.reads, limit,
                        f"{fn.__name__} read {CountingList.reads} of {n} elements for target {target}: not O(log n)",
                    )

    def test_does_not_use_bisect(self):
        tree = ast.parse(inspect.getsource(solution))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                self.assertNotIn("bisect", [alias.name.split(".")[0] for alias in node.names])
            if isinstance(node, ast.ImportFrom):
                self.assertNotEqual((node.module or "").split(".")[0], "bisect")
            if isinstance(node, ast.Constant):
                self.assertNotEqual(node.value, "bisect", "imports bisect by name")

    def test_large_inputs_in_logarithmic_time(self):
        evens = list(range(0, 2_000_000, 2))  # one million values
        n = len(evens)
        for i in range(10_000):
            q = (i * 7919) % 2_000_011 - 5
            self.assertEqual(lower_bound(evens, q), min(max(-(-q // 2), 0), n))
            self.assertEqual(upper_bound(evens, q), min(max(q // 2 + 1, 0), n))
        quads = [i // 4 for i in range(1_000_000)]  # every value four times
        for i in range(10_000):
            v = (i * 104729) % 250_000
            self.assertEqual(lower_bound(quads, v), 4 * v)
            self.assertEqual(upper_bound(quads, v), 4 * v + 4)


if __name__ == "__main__":
    unittest.main()
