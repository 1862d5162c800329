import signal
import unittest

from solution import pair_sum


class TimedTestCase(unittest.TestCase):
    """Each test fails with a TimeoutError after `time_limit` seconds of CPU time instead of hanging.

    The limit counts the CPU time this process uses (ITIMER_PROF), not the wall clock, so a busy
    machine slows a correct solution down without making it fail.
    """

    time_limit = 4.0

    def setUp(self):
        if hasattr(signal, "SIGPROF"):
            def on_limit(signum, frame):
                raise TimeoutError(
                    f"used more than {self.time_limit} s of CPU time: check for an endless loop or a slow algorithm"
                )

            signal.signal(signal.SIGPROF, on_limit)
            # Repeats every 0.25 s, so a subTest that swallows the first TimeoutError is stopped too.
            signal.setitimer(signal.ITIMER_PROF, self.time_limit, 0.25)
            self.addCleanup(signal.setitimer, signal.ITIMER_PROF, 0)


def first_difference(actual, expected):
    """Describe the first difference between two lists (None if equal) without a slow diff."""
    for i, (a, e) in enumerate(zip(actual, expected)):
        if a != e:
            return f"first difference at index {i}: {a!r} != {e!r}"
    if len(actual) != len(expected):
        return f"lengths differ: {len(actual)} != {len(expected)}"
    return None


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
