import unittest

from solution import max_window_sum
from timed_test import TimedTestCase, run_with_time_limit


class TestMaxWindowSum(TimedTestCase):
    def test_basic(self):
        self.assertEqual(max_window_sum([2, 1, 5, 1, 3, 2], 3), 9)

    def test_window_of_one_is_the_maximum(self):
        self.assertEqual(max_window_sum([4, -1, 2], 1), 4)

    def test_window_is_whole_list(self):
        self.assertEqual(max_window_sum([1, 2, 3], 3), 6)

    def test_single_element(self):
        self.assertEqual(max_window_sum([-7], 1), -7)

    def test_all_negative(self):
        self.assertEqual(max_window_sum([-3, -1, -2], 2), -3)

    def test_best_window_at_the_end(self):
        self.assertEqual(max_window_sum([1, 1, 1, 1, 10, 10], 2), 20)

    def test_mixed_signs(self):
        self.assertEqual(max_window_sum([5, -10, 6, 6, -1, 2, -20, 4], 3), 11)

    def test_invalid_k(self):
        with self.assertRaises(ValueError):
            max_window_sum([1, 2, 3], 0)
        with self.assertRaises(ValueError):
            max_window_sum([1, 2, 3], 4)
        with self.assertRaises(ValueError):
            max_window_sum([1, 2, 3], -1)
        with self.assertRaises(ValueError):
            max_window_sum([], 1)

    def test_input_not_modified(self):
        nums = [3, 1, 4, 1, 5]
        max_window_sum(nums, 2)
        self.assertEqual(nums, [3, 1, 4, 1, 5])

    def test_large_input(self):
        # One pass over a million items takes a fraction of a second; summing each of the 500,001
        # windows from scratch is 2.5e11 additions, hours in Python, whatever the machine's load.
        n, k = 1_000_000, 500_000
        nums = [-1] * n
        for i in range(273_421, 273_421 + k):
            nums[i] = 2
        result = run_with_time_limit(lambda: max_window_sum(nums, k), 5.0)
        self.assertEqual(result, 2 * k)

if __name__ == "__main__":
    unittest.main()
