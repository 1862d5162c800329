import copy
import threading
import unittest

from solution import merge_intervals


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


class TestMergeIntervals(unittest.TestCase):
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

    def test_large_input(self):
        n = 100_000
        order = [(i * 7919) % n for i in range(n)]  # a permutation of 0..n-1
        disjoint = [[2 * i, 2 * i + 1] for i in order]
        chained = [[i, i + 1] for i in order]

        def work():
            return merge_intervals(disjoint), merge_intervals(chained)

        separate, single = run_with_time_limit(work, 5.0)
        self.assertEqual(len(separate), n)
        self.assertEqual(separate[:2], [[0, 1], [2, 3]])
        self.assertEqual(separate[-1], [2 * n - 2, 2 * n - 1])
        self.assertEqual(single, [[0, n]])


if __name__ == "__main__":
    unittest.main()
