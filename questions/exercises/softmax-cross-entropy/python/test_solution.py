import math
import unittest

from solution import cross_entropy, softmax
from timed_test import TimedTestCase


class TestSoftmax(TimedTestCase):
    def assertListAlmostEqual(self, actual, expected, places=9):
        self.assertEqual(len(actual), len(expected))
        for a, e in zip(actual, expected):
            self.assertAlmostEqual(a, e, places=places)

    def test_known_values(self):
        z = math.exp(1) + math.exp(2) + math.exp(3)
        self.assertListAlmostEqual(softmax([1, 2, 3]), [math.exp(1) / z, math.exp(2) / z, math.exp(3) / z])
        self.assertListAlmostEqual(softmax([7.5]), [1.0])

    def test_shift_invariance_and_extreme_logits(self):
        self.assertListAlmostEqual(softmax([1001, 1002, 1003]), softmax([1, 2, 3]))
        self.assertListAlmostEqual(softmax([1000, 1000]), [0.5, 0.5])
        self.assertListAlmostEqual(softmax([-1000, 0]), [0.0, 1.0])
        self.assertListAlmostEqual(softmax([-1000, -1000, -1000, -1000]), [0.25] * 4)

    def test_empty(self):
        with self.assertRaises(ValueError):
            softmax([])


class TestCrossEntropy(TimedTestCase):
    def assertListAlmostEqual(self, actual, expected, places=9):
        self.assertEqual(len(actual), len(expected))
        for a, e in zip(actual, expected):
            self.assertAlmostEqual(a, e, places=places)

    def test_uniform_logits(self):
        loss, grad = cross_entropy([0, 0, 0, 0], 2)
        self.assertAlmostEqual(loss, math.log(4))
        self.assertListAlmostEqual(grad, [0.25, 0.25, -0.75, 0.25])

    def test_known_value(self):
        logits = [2.0, 1.0, 0.1]
        lse = math.log(sum(math.exp(z) for z in logits))
        loss, grad = cross_entropy(logits, 0)
        self.assertAlmostEqual(loss, lse - 2.0)
        p = [math.exp(z - lse) for z in logits]
        self.assertListAlmostEqual(grad, [p[0] - 1, p[1], p[2]])

    def test_target_far_below_the_maximum(self):
        # p_target underflows to 0; the loss is 1000 + ln(1 + e^-1) ≈ 1000.313.
        loss, grad = cross_entropy([-1000.0, 0.0, -1.0], 0)
        self.assertAlmostEqual(loss, 1000.0 + math.log(1 + math.exp(-1)))
        self.assertListAlmostEqual(grad, [-1.0, 1 / (1 + math.exp(-1)), math.exp(-1) / (1 + math.exp(-1))])

    def test_extreme_logits_stay_finite(self):
        loss, grad = cross_entropy([1000.0, 0.0], 1)
        self.assertAlmostEqual(loss, 1000.0)
        self.assertListAlmostEqual(grad, [1.0, -1.0])
        loss, grad = cross_entropy([1000.0, 0.0], 0)
        self.assertAlmostEqual(loss, 0.0)
        self.assertListAlmostEqual(grad, [0.0, 0.0])

    def test_gradient_matches_finite_differences(self):
        logits = [0.3, -1.2, 2.5, 0.0]
        _, grad = cross_entropy(logits, 1)
        h = 1e-6
        for i in range(len(logits)):
            up = list(logits)
            down = list(logits)
            up[i] += h
            down[i] -= h
            numeric = (cross_entropy(up, 1)[0] - cross_entropy(down, 1)[0]) / (2 * h)
            self.assertAlmostEqual(grad[i], numeric, places=5)
        self.assertAlmostEqual(sum(grad), 0.0)

    def test_single_class(self):
        loss, grad = cross_entropy([5.0], 0)
        self.assertAlmostEqual(loss, 0.0)
        self.assertListAlmostEqual(grad, [0.0])

    def test_invalid_arguments(self):
        for logits, target in (([], 0), ([1.0, 2.0], 2), ([1.0, 2.0], -1), ([1.0, 2.0], 0.5)):
            with self.assertRaises(ValueError):
                cross_entropy(logits, target)


if __name__ == "__main__":
    unittest.main()
