import copy
import math
import unittest

from solution import fit_logistic
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 3.0

    def assertFit(self, got, w, b, places=9):
        self.assertEqual(len(got), 2, "return (w, b)")
        got_w, got_b = got
        self.assertEqual(len(got_w), len(w), "one weight per column")
        for k, (g, e) in enumerate(zip(got_w, w)):
            self.assertAlmostEqual(g, e, places=places, msg=f"w[{k}]")
        self.assertAlmostEqual(got_b, b, places=places, msg="b")


def sigma(z):
    return 1 / (1 + math.exp(-z))


class TestFitLogistic(TimedTestCase):
    def test_example_one_step(self):
        # Both predictions 0.5: grad_w = (1 * -0.5 + -1 * 0.5) / 2 = -0.5, grad_b = 0.
        self.assertFit(fit_logistic([[1.0], [-1.0]], [1, 0], 1.0, 1), [0.5], 0.0)

    def test_example_two_steps(self):
        # Second step: p = [sigma(0.5), sigma(-0.5)], residuals [-sigma(-0.5), sigma(-0.5)].
        self.assertFit(fit_logistic([[1.0], [-1.0]], [1, 0], 1.0, 2), [0.5 + sigma(-0.5)], 0.0)
        self.assertFit(fit_logistic([[1.0], [-1.0]], [1, 0], 1.0, 2), [0.8775407], 0.0, places=6)

    def test_bias_only(self):
        # A zero feature: residuals [-0.5, -0.5, 0.5], grad_b = -0.5 / 3, b = 0.5 / 6.
        self.assertFit(fit_logistic([[0.0], [0.0], [0.0]], [1, 1, 0], 0.5, 1), [0.0], 1 / 12)

    def test_two_features(self):
        # Residuals [0.5, -0.5]: grad_w = ([0.5, 1] + [-1.5, 0.5]) / 2 = [-0.5, 0.75], grad_b = 0.
        self.assertFit(fit_logistic([[1.0, 2.0], [3.0, -1.0]], [0, 1], 0.1, 1), [0.05, -0.075], 0.0)

    def test_weights_and_bias_together(self):
        # Residuals [-0.5, -0.5, 0.5]: grad_w = ([-0.5, -1] + [-1.5, 0.5] + [0, 0.5]) / 3 = [-2/3, 0],
        # grad_b = -0.5 / 3.
        self.assertFit(fit_logistic([[1.0, 2.0], [3.0, -1.0], [0.0, 1.0]], [1, 1, 0], 1.0, 1), [2 / 3, 0.0], 1 / 6)

    def test_zero_steps(self):
        self.assertFit(fit_logistic([[1.0, 2.0, 3.0]], [1], 0.1, 0), [0.0, 0.0, 0.0], 0.0)

    def test_large_logits_do_not_overflow(self):
        # Step 1: w = 500. Then the logits are +-500,000, the predictions are exactly 1 and 0, and nothing moves.
        self.assertFit(fit_logistic([[1000.0], [-1000.0]], [1, 0], 1.0, 3), [500.0], 0.0)

    def test_converges_to_the_optimum(self):
        # Not separable, so a finite optimum exists, where the mean residual and its correlation with x vanish.
        X = [[-2.0], [-1.0], [-0.5], [0.5], [1.0], [2.0]]
        y = [0, 0, 1, 0, 1, 1]
        w, b = fit_logistic(X, y, 1.0, 3000)
        residual = [sigma(w[0] * x[0] + b) - t for x, t in zip(X, y)]
        self.assertLess(abs(sum(residual)), 1e-6)
        self.assertLess(abs(sum(r * x[0] for r, x in zip(residual, X))), 1e-6)
        self.assertGreater(w[0], 0.5, "the weight points towards the positive class")
        # By symmetry of this data under x -> -x, y -> 1 - y, the bias is 0.
        self.assertAlmostEqual(b, 0.0, places=6)

    def test_invalid_arguments(self):
        good_X, good_y = [[1.0], [2.0]], [0, 1]
        cases = [
            ([], [], 0.1, 1),
            ([[1.0], [2.0, 3.0]], good_y, 0.1, 1),
            (good_X, [0], 0.1, 1),
            (good_X, [0, 2], 0.1, 1),
            (good_X, [0, -1], 0.1, 1),
            (good_X, good_y, 0.0, 1),
            (good_X, good_y, -0.1, 1),
            (good_X, good_y, 0.1, -1),
        ]
        for X, y, lr, steps in cases:
            with self.subTest(X=X, y=y, lr=lr, steps=steps):
                with self.assertRaises(ValueError):
                    fit_logistic(X, y, lr, steps)

    def test_inputs_not_modified(self):
        X, y = [[1.0, 2.0], [3.0, -1.0]], [0, 1]
        before = copy.deepcopy((X, y))
        fit_logistic(X, y, 0.1, 5)
        self.assertEqual((X, y), before)


if __name__ == "__main__":
    unittest.main()
