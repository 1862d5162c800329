import unittest

from solution import days_until_warmer, next_greater_circular
from timed_test import TimedTestCase


class TestDaysUntilWarmer(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(days_until_warmer([73, 74, 75, 71, 69, 72, 76, 73]), [1, 1, 4, 2, 1, 1, 0, 0])

    def test_monotone_sequences(self):
        self.assertEqual(days_until_warmer([30, 40, 50, 60]), [1, 1, 1, 0])
        self.assertEqual(days_until_warmer([60, 50, 40, 30]), [0, 0, 0, 0])

    def test_equal_is_not_warmer(self):
        self.assertEqual(days_until_warmer([30, 30, 31]), [2, 1, 0])
        self.assertEqual(days_until_warmer([5, 5, 5]), [0, 0, 0])
        self.assertEqual(days_until_warmer([2, 1, 1, 2, 3]), [4, 2, 1, 1, 0])

    def test_empty_and_single(self):
        self.assertEqual(days_until_warmer([]), [])
        self.assertEqual(days_until_warmer([12.5]), [0])

    def test_fractional_and_negative_temperatures(self):
        self.assertEqual(days_until_warmer([-3.5, -4.0, -3.25, 0.0]), [2, 1, 1, 0])

    def test_input_is_not_modified(self):
        temps = [3, 1, 2]
        days_until_warmer(temps)
        self.assertEqual(temps, [3, 1, 2])


class TestNextGreaterCircular(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(next_greater_circular([1, 5, 3, 6, 4]), [5, 6, 6, -1, 5])

    def test_wraps_around(self):
        self.assertEqual(next_greater_circular([1, 2, 1]), [2, -1, 2])
        self.assertEqual(next_greater_circular([5, 4, 3, 2, 1]), [-1, 5, 5, 5, 5])
        self.assertEqual(next_greater_circular([2, 1, 2, 4, 3]), [4, 2, 4, -1, 4])

    def test_equal_is_not_greater(self):
        self.assertEqual(next_greater_circular([3, 3, 3]), [-1, -1, -1])
        self.assertEqual(next_greater_circular([4, 1, 4]), [-1, 4, -1])

    def test_empty_and_single(self):
        self.assertEqual(next_greater_circular([]), [])
        self.assertEqual(next_greater_circular([7]), [-1])

    def test_input_is_not_modified(self):
        nums = [2, 3, 1]
        self.assertEqual(next_greater_circular(nums), [3, -1, 2])
        self.assertEqual(nums, [2, 3, 1])


class TestLargeInput(TimedTestCase):
    time_limit = 5.0

    def test_a_long_fall_then_a_rise(self):
        n = 200_000
        falling = list(range(n, 0, -1))  # n, n - 1, ..., 1: nothing later is larger
        self.assertTrue(days_until_warmer(falling) == [0] * n, "no day of a falling sequence has a warmer day")
        # A final value above all others answers every day: day i waits n - i days.
        self.assertTrue(days_until_warmer(falling + [n + 1]) == list(range(n, -1, -1)), "every day waits for the last one")
        # Circular: the first value is the maximum, so every other value finds it by wrapping around.
        self.assertTrue(next_greater_circular(falling) == [-1] + [n] * (n - 1), "each value wraps around to the maximum")


if __name__ == "__main__":
    unittest.main()
