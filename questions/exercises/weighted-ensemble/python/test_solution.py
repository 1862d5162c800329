import unittest

from solution import WeightedEnsemble
from timed_test import TimedTestCase


class TestWeightedEnsemble(TimedTestCase):
    def assertListAlmostEqual(self, actual, expected, places=7):
        self.assertEqual(len(actual), len(expected))
        for a, e in zip(actual, expected):
            self.assertAlmostEqual(a, e, places=places)

    def test_uniform_before_any_update(self):
        e = WeightedEnsemble(3, window=5)
        self.assertListAlmostEqual(e.weights(), [1 / 3] * 3)
        self.assertAlmostEqual(e.predict([1, 2, 6]), 3.0)

    def test_inverse_error_weights(self):
        e = WeightedEnsemble(2, window=3)
        e.update([2, 5], 3)  # errors 1 and 2
        self.assertListAlmostEqual(e.weights(), [2 / 3, 1 / 3])
        self.assertAlmostEqual(e.predict([10, 40]), 20.0)

    def test_mean_error_over_the_window(self):
        e = WeightedEnsemble(2, window=3)
        e.update([1, 2], 0)
        e.update([3, -2], 0)  # MAE 2 and 2
        self.assertListAlmostEqual(e.weights(), [0.5, 0.5])

    def test_old_steps_leave_the_window(self):
        e = WeightedEnsemble(2, window=2)
        e.update([10, 1], 0)
        e.update([1, 3], 0)
        e.update([1, -3], 0)  # window now holds errors (1, 3) and (1, 3)
        self.assertListAlmostEqual(e.weights(), [0.75, 0.25])

    def test_perfect_model_dominates(self):
        e = WeightedEnsemble(2, window=4)
        e.update([5, 6], 5)
        w = e.weights()
        self.assertAlmostEqual(w[0], 1.0, places=6)
        self.assertAlmostEqual(sum(w), 1.0)
        both = WeightedEnsemble(2, window=4)
        both.update([5, 5], 5)
        self.assertListAlmostEqual(both.weights(), [0.5, 0.5])

    def test_custom_eps(self):
        e = WeightedEnsemble(2, window=4, eps=1.0)
        e.update([5, 6], 5)  # 1 / (0 + 1) and 1 / (1 + 1)
        self.assertListAlmostEqual(e.weights(), [2 / 3, 1 / 3])
        # Two steps in a window of 4: the MAE divides by the 2 steps held, not by the window
        # or not at all, which the relative weights only show when eps is not negligible.
        e.update([5, 6], 5)  # MAE 0 and 1: 1 / (0 + 1) and 1 / (1 + 1)
        self.assertListAlmostEqual(e.weights(), [2 / 3, 1 / 3])

    def test_single_model(self):
        e = WeightedEnsemble(1, window=1)
        e.update([4], 1)
        self.assertEqual(e.weights(), [1.0])
        self.assertAlmostEqual(e.predict([7.5]), 7.5)

    def test_invalid_arguments(self):
        for args in ((0, 3), (2, 0)):
            with self.assertRaises(ValueError):
                WeightedEnsemble(*args)
        with self.assertRaises(ValueError):
            WeightedEnsemble(2, 3, eps=0)
        e = WeightedEnsemble(2, 3)
        with self.assertRaises(ValueError):
            e.update([1, 2, 3], 0)
        with self.assertRaises(ValueError):
            e.predict([1])

    def test_long_stream_with_regime_change(self):
        # O(m) per step takes a fraction of a second; going over the 20,000-step window on every call
        # takes hours.
        n, window = 60_000, 20_000
        e = WeightedEnsemble(3, window=window)
        for i in range(n):
            actual = float(i % 7)
            if i < n // 2:
                offsets = (1.0, -2.0, 4.0)
            else:
                offsets = (8.0, 2.0, -0.5)
            preds = [actual + o for o in offsets]
            e.predict(preds)
            e.update(preds, actual)
        # Only the second regime is in the window: raw weights 1/8, 1/2, 2.
        self.assertListAlmostEqual(e.weights(), [0.125 / 2.625, 0.5 / 2.625, 2 / 2.625])


if __name__ == "__main__":
    unittest.main()
