import unittest

from solution import pair_sum
import timed_test
from timed_test import first_difference


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 4.0


class CountingList(list):
    """A list that counts the elements a solution looks at, and fails once that is far past a few passes."""

    def __init__(self, items, limit):
        super().__init__(items)
        self.looked_at = 0
        self.limit = limit

    def _look(self, count):
        self.looked_at += count
        if self.looked_at > self.limit:
            raise AssertionError(
                f"looked at more than {self.limit} elements of a {len(self)}-element list: "
                "is each partner searched for in the list, O(n) per lookup?"
            )

    def __iter__(self):
        for x in super().__iter__():
            self._look(1)
            yield x

    def __getitem__(self, i):
        item = super().__getitem__(i)
        self._look(len(item) if isinstance(i, slice) else 1)
        return item

    def __contains__(self, x):
        self._look(len(self))
        return super().__contains__(x)

    def index(self, *args):
        self._look(len(self))
        return super().index(*args)

    def count(self, x):
        self._look(len(self))
        return super().count(x)


class TestPairSum(TimedTestCase):
    def test_basic(self):
        self.assertEqual(pair_sum([1, 2, 3, 4, 5], 6), [(1, 5), (2, 4)])

    def test_unsorted_input_sorted_output(self):
        self.assertEqual(pair_sum([5, 4, 1, 2, 3], 6), [(1, 5), (2, 4)])
        self.assertEqual(pair_sum([2, 4, 1, 5], 6), [(1, 5), (2, 4)])

    def test_empty(self):
        self.assertEqual(pair_sum([], 0), [])

    def test_single_element_cannot_pair_with_itself(self):
        self.assertEqual(pair_sum([3], 6), [])

    def test_equal_values_need_two_occurrences(self):
        self.assertEqual(pair_sum([3, 3, 3], 6), [(3, 3)])
        self.assertEqual(pair_sum([3, 1, 5], 6), [(1, 5)])

    def test_duplicates_reported_once(self):
        self.assertEqual(pair_sum([1, 1, 5, 5, 1, 5], 6), [(1, 5)])

    def test_negatives_and_zero(self):
        self.assertEqual(pair_sum([-2, 0, 2, 4, -2], 2), [(-2, 4), (0, 2)])
        self.assertEqual(pair_sum([-3, 3, 0, 0, -1], 0), [(-3, 3), (0, 0)])

    def test_no_pairs(self):
        self.assertEqual(pair_sum([1, 2, 4], 100), [])

    def test_input_not_modified(self):
        nums = [4, 2, 3, 1]
        pair_sum(nums, 5)
        self.assertEqual(nums, [4, 2, 3, 1])

    def test_each_number_is_looked_at_a_bounded_number_of_times(self):
        # A hash map looks at every number once or twice; searching the list for each partner
        # (`in`, index) looks at all of it again on every lookup. Counted, not a time limit.
        n = 20_000
        nums = CountingList([(i * 7919) % n for i in range(n)], limit=10 * n)  # a permutation of 0..n-1
        result = pair_sum(nums, n - 1)
        self.assertEqual(len(result), n // 2)
        self.assertEqual((result[0], result[-1]), ((0, n - 1), (n // 2 - 1, n // 2)))

    def test_large_input(self):
        n = 200_000
        nums = [(i * 7919) % n for i in range(n)]  # a permutation of 0..n-1
        result = pair_sum(nums, n - 1)
        self.assertEqual(len(result), n // 2)
        self.assertEqual(result[0], (0, n - 1))
        self.assertEqual(result[-1], (n // 2 - 1, n // 2))

    def test_large_input_many_duplicates(self):
        nums = [i % 1000 - 500 for i in range(200_000)]  # -500..499, 200 times each
        result = pair_sum(nums, 0)
        self.assertIsNone(first_difference(result, [(-a, a) for a in range(499, -1, -1)]))


if __name__ == "__main__":
    unittest.main()
