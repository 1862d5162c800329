import math
import unittest

from solution import layer_norm
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertMatrixClose(self, got, want, places=9):
        self.assertEqual(len(got), len(want), "number of rows")
        for r, (g_row, w_row) in enumerate(zip(got, want)):
            self.assertEqual(len(g_row), len(w_row), f"length of row {r}")
            for c, (g, w) in enumerate(zip(g_row, w_row)):
                self.assertAlmostEqual(g, w, places=places, msg=f"row {r}, column {c}")


ONES, ZEROS = [1.0] * 4, [0.0] * 4


class TestLayerNorm(TimedTestCase):
    def test_example_from_prompt(self):
        # mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25
        s = math.sqrt(1.25 + 1e-5)
        self.assertMatrixClose(layer_norm([[1, 2, 3, 4]], ONES, ZEROS), [[-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s]])

    def test_gamma_and_beta_per_feature(self):
        s = math.sqrt(1.25 + 1e-5)
        gamma, beta = [1.0, 2.0, 0.5, -1.0], [0.0, 1.0, -1.0, 3.0]
        want = [-1.5 / s, 2 * -0.5 / s + 1, 0.5 * 0.5 / s - 1, -1.5 / s + 3]
        self.assertMatrixClose(layer_norm([[1, 2, 3, 4]], gamma, beta), [want])

    def test_each_row_has_its_own_statistics(self):
        x = [[1, 2, 3, 4], [10, 10, 10, 10], [-3, 3, -3, 3]]
        beta = [0.5, -0.5, 0.25, 0.0]
        s1, s3 = math.sqrt(1.25 + 1e-5), math.sqrt(9 + 1e-5)  # row 3: mean 0, variance 9
        want = [
            [-1.5 / s1 + 0.5, -0.5 / s1 - 0.5, 0.5 / s1 + 0.25, 1.5 / s1],
            beta,  # a constant row normalises to 0, leaving beta
            [-3 / s3 + 0.5, 3 / s3 - 0.5, -3 / s3 + 0.25, 3 / s3],
        ]
        self.assertMatrixClose(layer_norm(x, ONES, beta), want)

    def test_epsilon_inside_the_square_root(self):
        # (x - 2.5) / sqrt(1.25 + 1) = (x - 2.5) / 1.5
        self.assertMatrixClose(layer_norm([[1, 2, 3, 4]], ONES, ZEROS, eps=1.0), [[-1.0, -1 / 3, 1 / 3, 1.0]])

    def test_large_common_offset(self):
        # Deviations -1, 0, 1 from the mean 1e8 + 2; variance 2/3.
        s = math.sqrt(2 / 3 + 1e-5)
        got = layer_norm([[1e8 + 1, 1e8 + 2, 1e8 + 3]], [1.0] * 3, [0.0] * 3)
        self.assertMatrixClose(got, [[-1 / s, 0.0, 1 / s]], places=6)

    def test_normalised_rows_have_mean_zero_and_the_predicted_variance(self):
        rows = [[((7 * i + 3 * j) % 11 - 5) * 0.37 for j in range(16)] for i in range(1, 6)]
        out = layer_norm(rows, [1.0] * 16, [0.0] * 16, eps=1e-3)
        for row, y in zip(rows, out):
            mu = sum(row) / 16
            var = sum((v - mu) ** 2 for v in row) / 16
            self.assertAlmostEqual(sum(y) / 16, 0.0, places=9)
            self.assertAlmostEqual(sum(v * v for v in y) / 16, var / (var + 1e-3), places=9)

    def test_empty_batch(self):
        self.assertEqual(layer_norm([], [1.0], [0.0]), [])

    def test_inputs_are_not_modified(self):
        x, gamma, beta = [[1.0, 2.0], [3.0, 5.0]], [1.0, 2.0], [0.0, 1.0]
        layer_norm(x, gamma, beta)
        self.assertEqual((x, gamma, beta), ([[1.0, 2.0], [3.0, 5.0]], [1.0, 2.0], [0.0, 1.0]))

    def test_invalid_input(self):
        cases = [
            ([[1, 2], [3]], [1, 1], [0, 0], 1e-5),
            ([[]], [], [], 1e-5),
            ([[1, 2, 3]], [1, 1], [0, 0, 0], 1e-5),
            ([[1, 2, 3]], [1, 1, 1], [0, 0, 0, 0], 1e-5),
            ([[1, 2]], [1, 1], [0, 0], 0.0),
            ([[1, 2]], [1, 1], [0, 0], -1e-5),
        ]
        for i, (x, gamma, beta, eps) in enumerate(cases):
            with self.subTest(case=i):
                with self.assertRaises(ValueError):
                    layer_norm(x, gamma, beta, eps)


if __name__ == "__main__":
    unittest.main()
