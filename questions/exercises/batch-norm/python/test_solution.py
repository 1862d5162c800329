import copy
import math
import unittest

from solution import BatchNorm
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertListClose(self, got, want, places=9, what="value"):
        self.assertEqual(len(got), len(want), f"number of {what}s")
        for i, (g, w) in enumerate(zip(got, want)):
            self.assertAlmostEqual(g, w, places=places, msg=f"{what} {i}")

    def assertMatrixClose(self, got, want, places=9):
        self.assertEqual(len(got), len(want), "number of rows")
        for r, (g_row, w_row) in enumerate(zip(got, want)):
            self.assertListClose(g_row, w_row, places, what=f"row {r}, column")


EPS = 1e-5
# The prompt's example: feature 0 has mean 4 and deviations -3, -1, 1, 3 (biased variance 20/4 = 5,
# unbiased 20/3); feature 1 has mean 30 and deviations -20, -10, 0, 30 (1400/4 = 350, 1400/3).
EXAMPLE = [[1.0, 10.0], [3.0, 20.0], [5.0, 30.0], [7.0, 60.0]]
DEV0, DEV1 = [-3.0, -1.0, 1.0, 3.0], [-20.0, -10.0, 0.0, 30.0]


def example_output(eps=EPS):
    s0, s1 = math.sqrt(5 + eps), math.sqrt(350 + eps)
    return [[d0 / s0, d1 / s1] for d0, d1 in zip(DEV0, DEV1)]


class TestBatchNorm(TimedTestCase):
    def test_example_from_prompt(self):
        bn = BatchNorm(2)
        self.assertMatrixClose(bn.forward(EXAMPLE, training=True), example_output())
        # running = 0.9 * initial + 0.1 * batch statistic, with the unbiased variance.
        self.assertListClose(bn.running_mean, [0.4, 3.0])
        self.assertListClose(bn.running_var, [0.9 + 0.1 * 20 / 3, 0.9 + 0.1 * 1400 / 3])

    def test_statistics_are_per_feature_over_the_batch(self):
        # A square batch, so normalising each row instead of each column cannot fail on the shapes.
        x = [[1.0, 2.0, 9.0], [4.0, 6.0, 0.0], [1.0, 10.0, 3.0]]
        want = [[0.0] * 3 for _ in range(3)]
        for j in range(3):
            col = [row[j] for row in x]
            mean = sum(col) / 3
            var = sum((v - mean) ** 2 for v in col) / 3
            for r in range(3):
                want[r][j] = (col[r] - mean) / math.sqrt(var + EPS)
        # Column 0 is [1, 4, 1]: mean 2, variance (1 + 4 + 1) / 3 = 2.
        self.assertAlmostEqual(want[1][0], 2 / math.sqrt(2 + EPS))
        self.assertMatrixClose(BatchNorm(3).forward(x), want)

    def test_gamma_and_beta_per_feature(self):
        bn = BatchNorm(2)
        bn.gamma, bn.beta = [2.0, -0.5], [1.0, 3.0]
        want = [[2 * a + 1, -0.5 * b + 3] for a, b in example_output()]
        self.assertMatrixClose(bn.forward(EXAMPLE), want)

    def test_epsilon_inside_the_square_root(self):
        # eps = 1: feature 0 divides by sqrt(5 + 1), not sqrt(5) + 1.
        out = BatchNorm(2, eps=1.0).forward(EXAMPLE)
        self.assertListClose([row[0] for row in out], [d / math.sqrt(6) for d in DEV0])

    def test_constant_feature_gives_beta(self):
        bn = BatchNorm(2)
        bn.beta = [0.0, 0.25]
        out = bn.forward([[1.0, 7.0], [3.0, 7.0]])
        self.assertMatrixClose(out, [[-1 / math.sqrt(1 + EPS), 0.25], [1 / math.sqrt(1 + EPS), 0.25]])
        self.assertListClose(bn.running_var, [0.9 + 0.1 * 2, 0.9])

    def test_running_variance_is_unbiased_but_the_batch_is_normalised_with_the_biased_one(self):
        # [0, 2]: mean 1, biased variance 1 (normalising), unbiased variance 2 (running estimate).
        bn = BatchNorm(1)
        self.assertMatrixClose(bn.forward([[0.0], [2.0]]), [[-1 / math.sqrt(1 + EPS)], [1 / math.sqrt(1 + EPS)]])
        self.assertListClose(bn.running_mean, [0.1])
        self.assertListClose(bn.running_var, [0.9 * 1 + 0.1 * 2])

    def test_running_statistics_follow_the_momentum(self):
        second = [[2.0, 0.0], [4.0, 4.0]]  # mean [3, 2], unbiased variance [2, 8]
        bn = BatchNorm(2, momentum=0.5)
        bn.forward(EXAMPLE)
        self.assertListClose(bn.running_mean, [2.0, 15.0])
        self.assertListClose(bn.running_var, [0.5 + 0.5 * 20 / 3, 0.5 + 0.5 * 1400 / 3])
        bn.forward(second)
        self.assertListClose(bn.running_mean, [0.5 * 2 + 0.5 * 3, 0.5 * 15 + 0.5 * 2])
        self.assertListClose(bn.running_var, [0.5 * (0.5 + 0.5 * 20 / 3) + 0.5 * 2, 0.5 * (0.5 + 0.5 * 1400 / 3) + 0.5 * 8])
        # momentum 0 never moves the estimates; momentum 1 replaces them with the last batch's.
        frozen = BatchNorm(2, momentum=0.0)
        frozen.forward(EXAMPLE)
        self.assertListClose(frozen.running_mean + frozen.running_var, [0.0, 0.0, 1.0, 1.0])
        latest = BatchNorm(2, momentum=1.0)
        latest.forward(EXAMPLE)
        latest.forward(second)
        self.assertListClose(latest.running_mean + latest.running_var, [3.0, 2.0, 2.0, 8.0])

    def test_evaluation_uses_the_running_statistics_and_changes_nothing(self):
        bn = BatchNorm(2)
        # Before any training: mean 0, variance 1.
        self.assertMatrixClose(bn.forward([[2.0, -1.0]], training=False), [[2 / math.sqrt(1 + EPS), -1 / math.sqrt(1 + EPS)]])
        bn.forward(EXAMPLE)
        mean, var = [0.4, 3.0], [0.9 + 0.1 * 20 / 3, 0.9 + 0.1 * 1400 / 3]
        want = [[(4 - mean[0]) / math.sqrt(var[0] + EPS), (30 - mean[1]) / math.sqrt(var[1] + EPS)]]
        for _ in range(2):
            self.assertMatrixClose(bn.forward([[4.0, 30.0]], training=False), want)
            self.assertListClose(bn.running_mean, mean)
            self.assertListClose(bn.running_var, var)
        bn.forward(EXAMPLE, training=False)
        self.assertListClose(bn.running_mean + bn.running_var, mean + var)

    def test_evaluation_treats_each_row_on_its_own(self):
        bn = BatchNorm(2)
        bn.forward(EXAMPLE)
        batch = [[4.0, 30.0], [0.0, 0.0], [-2.0, 100.0]]
        together = bn.forward(batch, training=False)
        for row, out in zip(batch, together):
            self.assertMatrixClose(bn.forward([row], training=False), [out])
        self.assertEqual(bn.forward([], training=False), [])

    def test_large_common_offset(self):
        # Feature 0 shifted by 1e8: the same deviations, so the same output. E[x^2] - mean^2 loses them all.
        x = [[1e8 + row[0], row[1]] for row in EXAMPLE]
        bn = BatchNorm(2)
        self.assertMatrixClose(bn.forward(x), example_output(), places=6)
        self.assertListClose(bn.running_var, [0.9 + 0.1 * 20 / 3, 0.9 + 0.1 * 1400 / 3], places=6)

    def test_inputs_are_not_modified(self):
        x = copy.deepcopy(EXAMPLE)
        bn = BatchNorm(2)
        bn.forward(x)
        bn.forward(x, training=False)
        self.assertEqual(x, EXAMPLE)

    def test_invalid_input(self):
        for kwargs in [{"num_features": 0}, {"num_features": 2, "momentum": -0.1}, {"num_features": 2, "momentum": 1.5},
                       {"num_features": 2, "eps": 0.0}, {"num_features": 2, "eps": -1e-5}]:
            with self.subTest(**kwargs):
                with self.assertRaises(ValueError):
                    BatchNorm(**kwargs)
        bn = BatchNorm(2)
        for what, x, training in [("one row in training", [[1.0, 2.0]], True), ("empty batch in training", [], True),
                                  ("row too short", [[1.0, 2.0], [3.0]], True), ("row too long in evaluation", [[1.0, 2.0, 3.0]], False)]:
            with self.subTest(what):
                with self.assertRaises(ValueError):
                    bn.forward(x, training=training)
        self.assertListClose(bn.running_mean + bn.running_var, [0.0, 0.0, 1.0, 1.0])


if __name__ == "__main__":
    unittest.main()
