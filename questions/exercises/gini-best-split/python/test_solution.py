import unittest

from solution import best_split
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertSplit(self, got, threshold, impurity):
        self.assertIsNotNone(got, "a split exists")
        self.assertEqual(len(got), 2)
        self.assertAlmostEqual(got[0], threshold, places=9, msg="threshold")
        self.assertAlmostEqual(got[1], impurity, places=9, msg="impurity")


class TestBestSplit(TimedTestCase):
    def test_example_from_prompt(self):
        # 1.5: 5/6 * 0.48 = 0.4; 2.5: 4/6 * 0.375 = 0.25; 3.5: 4/9; 4.5: 0.25; 5.5: 0.4. The tie goes to 2.5.
        self.assertSplit(best_split([1, 2, 3, 4, 5, 6], [0, 0, 1, 0, 1, 1]), 2.5, 0.25)

    def test_a_perfect_split(self):
        self.assertSplit(best_split([1, 2, 3, 4], [0, 0, 1, 1]), 2.5, 0.0)
        self.assertSplit(best_split([10, 30], ["x", "y"]), 20.0, 0.0)

    def test_unsorted_input_and_string_labels(self):
        self.assertSplit(best_split([3, 1, 2, 1], ["a", "b", "a", "b"]), 1.5, 0.0)
        self.assertSplit(best_split([6, 5, 4, 3, 2, 1], [1, 1, 0, 1, 0, 0]), 2.5, 0.25)

    def test_no_threshold_between_equal_values(self):
        # Only 1.5 separates the values: both sides are {0, 1}, impurity 0.5.
        self.assertSplit(best_split([1, 1, 2, 2], [0, 1, 0, 1]), 1.5, 0.5)
        # Sorted: 1 a, 1 b, 1 b, 5 a. Only 3.0 is possible: left {a, b, b} = 4/9, weighted 3/4 * 4/9 = 1/3.
        self.assertSplit(best_split([1, 5, 1, 1], ["a", "a", "b", "b"]), 3.0, 1 / 3)

    def test_three_classes(self):
        # 2.5 and 4.5 both give 4/6 * 0.5 = 1/3; 3.5 gives 4/9; 1.5 and 5.5 give 5/6 * 16/25 = 8/15.
        self.assertSplit(best_split([1, 2, 3, 4, 5, 6], [0, 0, 1, 1, 2, 2]), 2.5, 1 / 3)

    def test_weighted_not_averaged(self):
        # 1.5: {0} | {1, 0, 1, 1} gives 4/5 * 3/8 = 3/10; 3.5: {0, 1, 0} | {1, 1} gives 3/5 * 4/9 = 4/15.
        # Weighted, 3.5 wins; the plain mean of the two sides (3/16 against 2/9) would pick 1.5.
        self.assertSplit(best_split([1, 2, 3, 4, 5], [0, 1, 0, 1, 1]), 3.5, 4 / 15)

    def test_no_split_possible(self):
        self.assertIsNone(best_split([], []))
        self.assertIsNone(best_split([4.0], [1]))
        self.assertIsNone(best_split([2, 2, 2], [0, 1, 0]))

    def test_inputs_are_not_modified(self):
        values, labels = [3, 1, 2], [1, 0, 1]
        best_split(values, labels)
        self.assertEqual((values, labels), ([3, 1, 2], [1, 0, 1]))

    def test_invalid_input(self):
        with self.assertRaises(ValueError):
            best_split([1, 2], [0])
        with self.assertRaises(ValueError):
            best_split([1, float("nan"), 3], [0, 1, 0])


class TestLargeInput(TimedTestCase):
    time_limit = 5.0

    def test_one_hundred_thousand_samples(self):
        n = 100_000
        values = [(j * 7_919) % n for j in range(n)]  # a shuffled 0..n-1 (7,919 is prime, coprime to n)
        labels = [0 if v < 20_000 else 1 if v < 70_000 else 2 for v in values]
        # At 69,999.5: left 20,000 of class 0 and 50,000 of class 1, G = 1 - (4 + 25) / 49 = 20/49;
        # right pure. Weighted 0.7 * 20/49 = 2/7. (At 19,999.5 it is 0.8 * 30/64 = 0.375.)
        self.assertSplit(best_split(values, labels), 69_999.5, 2 / 7)


if __name__ == "__main__":
    unittest.main()
