import math
import unittest

from solution import scaled_dot_product_attention
from timed_test import TimedTestCase


class TestScaledDotProductAttention(TimedTestCase):
    def assertMatrixAlmostEqual(self, actual, expected, places=7):
        self.assertEqual(len(actual), len(expected))
        for row_a, row_e in zip(actual, expected):
            self.assertEqual(len(row_a), len(row_e))
            for a, e in zip(row_a, row_e):
                self.assertAlmostEqual(a, e, places=places)

    def test_example_from_prompt(self):
        out = scaled_dot_product_attention([[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3, 4]])
        w0 = 1 / (1 + math.exp(-1 / math.sqrt(2)))
        w1 = 1 - w0
        self.assertMatrixAlmostEqual(out, [[w0 * 1 + w1 * 3, w0 * 2 + w1 * 4]])

    def test_single_key_returns_its_value(self):
        out = scaled_dot_product_attention([[0.3, -2.0], [5.0, 1.0]], [[1.0, 1.0]], [[7.0, -1.0, 2.5]])
        self.assertMatrixAlmostEqual(out, [[7.0, -1.0, 2.5], [7.0, -1.0, 2.5]])

    def test_equal_scores_average_the_values(self):
        out = scaled_dot_product_attention([[0, 0]], [[1, 2], [3, 4], [-5, 6]], [[1], [2], [6]])
        self.assertMatrixAlmostEqual(out, [[3.0]])

    def test_scale_uses_square_root_of_width(self):
        # d = 4, score for key 0 is 4/sqrt(4) = 2, key 1 scores 0.
        out = scaled_dot_product_attention([[1, 1, 1, 1]], [[1, 1, 1, 1], [0, 0, 0, 0]], [[1, 0], [0, 1]])
        w0 = math.exp(2) / (math.exp(2) + 1)
        self.assertMatrixAlmostEqual(out, [[w0, 1 - w0]])

    def test_causal_mask(self):
        q = [[1, 0], [0, 1], [1, 1]]
        k = [[1, 0], [0, 1], [1, 1]]
        v = [[10, 0], [0, 10], [5, 5]]
        out = scaled_dot_product_attention(q, k, v, causal=True)
        # Row 0 sees only key 0.
        self.assertMatrixAlmostEqual(out[:1], [[10.0, 0.0]])
        # Row 1 sees keys 0 and 1 with scores 0 and 1/sqrt(2).
        w1 = 1 / (1 + math.exp(-1 / math.sqrt(2)))
        self.assertMatrixAlmostEqual(out[1:2], [[10 * (1 - w1), 10 * w1]])
        # Row 2 sees every key, so it matches the unmasked result.
        full = scaled_dot_product_attention(q, k, v)
        self.assertMatrixAlmostEqual(out[2:], full[2:])

    def test_large_scores_do_not_overflow(self):
        out = scaled_dot_product_attention([[1000.0]], [[1000.0], [999.0]], [[1.0, 2.0], [3.0, 4.0]])
        self.assertMatrixAlmostEqual(out, [[1.0, 2.0]])
        out = scaled_dot_product_attention([[-1000.0]], [[1000.0], [1000.0]], [[1.0], [3.0]])
        self.assertMatrixAlmostEqual(out, [[2.0]])

    def test_empty_queries(self):
        self.assertEqual(scaled_dot_product_attention([], [[1.0]], [[1.0]]), [])

    def test_shape_errors(self):
        with self.assertRaises(ValueError):
            scaled_dot_product_attention([[1, 0]], [[1, 0, 0]], [[1]])
        with self.assertRaises(ValueError):
            scaled_dot_product_attention([[1, 0]], [[1, 0], [0, 1]], [[1]])
        with self.assertRaises(ValueError):
            scaled_dot_product_attention([[1, 0]], [], [])
        with self.assertRaises(ValueError):
            scaled_dot_product_attention([[1, 0], [1]], [[1, 0]], [[1]])
        with self.assertRaises(ValueError):
            scaled_dot_product_attention([[1, 0]], [[1, 0], [0, 1]], [[1], [2]], causal=True)
        with self.assertRaises(ValueError):  # more values than keys
            scaled_dot_product_attention([[1, 0]], [[1, 0]], [[1], [2]])
        with self.assertRaises(ValueError):  # ragged k
            scaled_dot_product_attention([[1, 0]], [[1, 0], [1]], [[1], [2]])
        with self.assertRaises(ValueError):  # ragged v
            scaled_dot_product_attention([[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3]])
        with self.assertRaises(ValueError):  # width zero
            scaled_dot_product_attention([[]], [[]], [[1.0]])

    def test_weights_computed_once_per_query(self):
        # Computing the weights once per query costs about n*n*(d + dv) steps; recomputing them for
        # each of the dv output columns costs n*n*d*dv, about 60 times more here, so far over the limit.
        n, d, dv = 64, 64, 512
        q = [[((i * 7 + c * 3) % 11 - 5) / 5 for c in range(d)] for i in range(n)]
        k = [[((j * 5 + c * 2) % 13 - 6) / 6 for c in range(d)] for j in range(n)]
        v = [[1.0] + [float((j + c) % 9) for c in range(1, dv)] for j in range(n)]
        out = scaled_dot_product_attention(q, k, v)
        self.assertEqual((len(out), len(out[0])), (n, dv))
        # Column 0 of v is all ones, so it checks that every row's weights sum to 1.
        for row in out:
            self.assertAlmostEqual(row[0], 1.0)
            self.assertTrue(0.0 <= min(row[1:]) and max(row[1:]) <= 8.0)


if __name__ == "__main__":
    unittest.main()
