import copy
import unittest

from solution import merge_intervals
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 3.0


class Counted(int):
    """An int that counts how often it is compared, and stops a run that compares too often."""

    comparisons = 0
    budget = float("inf")

    def _count(self):
        Counted.comparisons += 1
        if Counted.comparisons > Counted.budget:
            raise AssertionError(f"more than {Counted.budget} comparisons: not O(n log n)")

    def __lt__(self, other):
        self._count()
        return int.__lt__(self, other)

    def __le__(self, other):
        self._count()
        return int.__le__(self, other)

    def __gt__(self, other):
        self._count()
        return int.__gt__(self, other)

    def __ge__(self, other):
        self._count()
        return int.__ge__(self, other)


class TestMergeIntervals(TimedTestCase):
    def test_basic(self):
        self.assertEqual(merge_intervals([[1, 3], [2, 6], [8, 10], [15, 18]]),
                         [[1, 6], [8, 10], [15, 18]])

    def test_touching_intervals_merge(self):
        self.assertEqual(merge_intervals([[1, 4], [4, 5]]), [[1, 5]])

    def test_unsorted_input(self):
        self.assertEqual(merge_intervals([[8, 10], [1, 3], [2, 6]]), [[1, 6], [8, 10]])

    def test_contained_intervals(self):
        self.assertEqual(merge_intervals([[1, 10], [2, 3], [4, 5]]), [[1, 10]])
        self.assertEqual(merge_intervals([[2, 3], [1, 10], [9, 12]]), [[1, 12]])

    def test_empty_and_single(self):
        self.assertEqual(merge_intervals([]), [])
        self.assertEqual(merge_intervals([[5, 7]]), [[5, 7]])

    def test_points_and_duplicates(self):
        self.assertEqual(merge_intervals([[2, 2], [2, 2], [3, 3]]), [[2, 2], [3, 3]])
        self.assertEqual(merge_intervals([[1, 2], [1, 2]]), [[1, 2]])

    def test_negative_values(self):
        self.assertEqual(merge_intervals([[-5, -1], [3, 4], [-2, 0]]), [[-5, 0], [3, 4]])

    def test_tuples_accepted(self):
        self.assertEqual(merge_intervals([(1, 3), (2, 4)]), [[1, 4]])

    def test_invalid_interval(self):
        with self.assertRaises(ValueError):
            merge_intervals([[1, 2], [5, 3]])

    def test_input_not_modified(self):
        data = [[6, 8], [1, 3], [2, 4], [7, 9]]
        before = copy.deepcopy(data)
        result = merge_intervals(data)
        self.assertEqual(result, [[1, 4], [6, 9]])
        self.assertEqual(data, before)
        result[0][1] = 100  # the result must not share lists with the input
        self.assertEqual(data, before)

    def test_comparisons_grow_as_n_log_n(self):
        # Sorting 16,384 intervals takes about n log2 n = 230,000 comparisons and the sweep a few more
        # per interval; comparing pairs of intervals takes up to n^2 / 2 = 134 million. The count does
        # not depend on the machine's speed or load.
        n, log_n = 1 << 14, 14
        order = [(i * 7919) % n for i in range(n)]  # a permutation of 0..n-1
        cases = (
            ([[Counted(2 * i), Counted(2 * i + 1)] for i in order], [[2 * i, 2 * i + 1] for i in range(n)]),
            ([[Counted(i), Counted(i + 1)] for i in order], [[0, n]]),
        )
        for intervals, expected in cases:
            Counted.comparisons = 0
            Counted.budget = 8 * n * log_n
            try:
                merged = merge_intervals(intervals)
            finally:
                Counted.budget = float("inf")
            self.assertEqual(len(merged), len(expected), "wrong number of merged intervals")
            self.assertTrue(merged == expected, f"wrong merge: starts with {merged[:3]}")

    def test_large_input(self):
        n = 100_000
        order = [(i * 7919) % n for i in range(n)]  # a permutation of 0..n-1
        disjoint = [[2 * i, 2 * i + 1] for i in order]
        chained = [[i, i + 1] for i in order]
        separate, single = merge_intervals(disjoint), merge_intervals(chained)
        self.assertEqual(len(separate), n)
        self.assertEqual(separate[:2], [[0, 1], [2, 3]])
        self.assertEqual(separate[-1], [2 * n - 2, 2 * n - 1])
        self.assertEqual(len(single), 1, "the chained intervals merge into one")
        self.assertEqual(single, [[0, n]])

if __name__ == "__main__":
    unittest.main()
