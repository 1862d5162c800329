import threading
import unittest

from solution import pair_sum


def run_with_time_limit(fn, seconds):
    """Run fn() in a daemon thread and return its result.

    A solution that is too slow makes the test fail after `seconds`
    instead of hanging the whole test run.
    """
    box = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised in the test thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise AssertionError(f"took longer than {seconds} s: check the complexity")
    if "error" in box:
        raise box["error"]
    return box["value"]


class TestPairSum(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(pair_sum([1, 2, 3, 4, 5], 6), [(1, 5), (2, 4)])

    def test_unsorted_input_sorted_output(self):
        self.assertEqual(pair_sum([5, 4, 1, 2, 3], 6), [(1, 5), (2, 4)])

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
        result = run_with_time_limit(lambda: pair_sum(nums, n - 1), 5.0)
        self.assertEqual(len(result), n // 2)
        self.assertEqual(result[0], (0, n - 1))
        self.assertEqual(result[-1], (n // 2 - 1, n // 2))

    def test_large_input_many_duplicates(self):
        nums = [i % 1000 - 500 for i in range(200_000)]  # -500..499, 200 times each
        result = run_with_time_limit(lambda: pair_sum(nums, 0), 5.0)
        self.assertEqual(result, [(-a, a) for a in range(499, -1, -1)])


if __name__ == "__main__":
    unittest.main()
