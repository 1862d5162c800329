import copy
import math
import unittest

from solution import mlp_loss_and_grads
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertGradsClose(self, got, want, tol=1e-9):
        self.assertEqual(sorted(got), ["b1", "b2", "w1", "w2"], "gradient keys")
        for name in ("w1", "b1", "w2", "b2"):
            g, w = got[name], want[name]
            if name.startswith("b"):
                g, w = [g], [w]
            self.assertEqual(len(g), len(w), f"shape of {name}")
            for r, (g_row, w_row) in enumerate(zip(g, w)):
                self.assertEqual(len(g_row), len(w_row), f"shape of {name}")
                for c, (a, b) in enumerate(zip(g_row, w_row)):
                    where = f"{name}[{c}]" if name.startswith("b") else f"{name}[{r}][{c}]"
                    self.assertLessEqual(abs(a - b), tol, f"{where}: {a} != {b}")


# The tests' own forward pass, used for the expected losses and the finite differences.
def loss_of(x, y, p):
    total = 0.0
    for row, t in zip(x, y):
        a1 = [max(0.0, p["b1"][j] + sum(row[i] * p["w1"][i][j] for i in range(len(row)))) for j in range(len(p["b1"]))]
        z2 = [p["b2"][c] + sum(a1[j] * p["w2"][j][c] for j in range(len(a1))) for c in range(len(p["b2"]))]
        top = max(z2)
        total += top + math.log(sum(math.exp(v - top) for v in z2)) - z2[t]
    return total / len(x)


def numerical_grads(x, y, p, h=1e-5):
    """Central differences of loss_of with respect to every parameter."""
    grads = {}
    for name, value in p.items():
        rows = value if name.startswith("w") else [value]
        out = []
        for r, row in enumerate(rows):
            out_row = []
            for c in range(len(row)):
                q = copy.deepcopy(p)
                cell = q[name][r] if name.startswith("w") else q[name]
                cell[c] += h
                up = loss_of(x, y, q)
                cell[c] -= 2 * h
                down = loss_of(x, y, q)
                out_row.append((up - down) / (2 * h))
            out.append(out_row)
        grads[name] = out if name.startswith("w") else out[0]
    return grads


def grid(rows, cols, a, b, m, scale, shift=0):
    return [[((a * r + b * c + shift) % m - m // 2) * scale for c in range(cols)] for r in range(rows)]


S = 1 / (1 + math.exp(2))  # sigmoid(-2)
U = 1 / (1 + math.exp(-4))  # sigmoid(4)

# The prompt's example network: d = 2 inputs, h = 2 hidden units, k = 2 classes.
EXAMPLE = {"w1": [[1.0, -1.0], [0.0, 1.0]], "b1": [0.0, -2.0], "w2": [[1.0, -1.0], [2.0, 0.0]], "b2": [0.0, 0.0]}
# Its gradients for x = [[1, 2]], y = [0]: z1 = [1, -1], so hidden unit 1 is off.
EXAMPLE_GRADS = {"w1": [[-2 * S, 0.0], [-4 * S, 0.0]], "b1": [-2 * S, 0.0], "w2": [[-S, S], [0.0, 0.0]], "b2": [-S, S]}


class TestMlpBackwardPass(TimedTestCase):
    def test_example_from_prompt(self):
        # z2 = [1, -1], so the loss is ln(1 + e^-2) and dz2 = softmax - onehot = [-S, S] with S = sigmoid(-2).
        loss, grads = mlp_loss_and_grads([[1.0, 2.0]], [0], EXAMPLE)
        self.assertAlmostEqual(loss, math.log(1 + math.exp(-2)), places=12)
        self.assertGradsClose(grads, EXAMPLE_GRADS)

    def test_relu_derivative_at_zero_is_zero(self):
        # With b1 = [0, -1], hidden unit 1 has z1 = -1 + 2 - 1 = 0 exactly: off, by the documented rule.
        p = copy.deepcopy(EXAMPLE)
        p["b1"] = [0.0, -1.0]
        loss, grads = mlp_loss_and_grads([[1.0, 2.0]], [0], p)
        self.assertAlmostEqual(loss, math.log(1 + math.exp(-2)), places=12)
        self.assertGradsClose(grads, EXAMPLE_GRADS)

    def test_batch_gradient_is_the_mean_and_bias_gradients_sum_over_rows(self):
        # Row 2 alone: z1 = [-1, 2], a1 = [0, 2], z2 = [4, 0], y = 1, so dz2 = [U, -U] with U = sigmoid(4).
        x2_grads = {"w1": [[0.0, -2 * U], [0.0, 6 * U]], "b1": [0.0, 2 * U], "w2": [[0.0, 0.0], [2 * U, -2 * U]], "b2": [U, -U]}
        loss2, grads2 = mlp_loss_and_grads([[-1.0, 3.0]], [1], EXAMPLE)
        self.assertAlmostEqual(loss2, 4 + math.log(1 + math.exp(-4)), places=12)
        self.assertGradsClose(grads2, x2_grads)
        # Both rows: the loss and every gradient are the averages of the two single-row results.
        loss, grads = mlp_loss_and_grads([[1.0, 2.0], [-1.0, 3.0]], [0, 1], EXAMPLE)
        self.assertAlmostEqual(loss, (math.log(1 + math.exp(-2)) + loss2) / 2, places=12)
        mean = {
            "w1": [[(a + b) / 2 for a, b in zip(r1, r2)] for r1, r2 in zip(EXAMPLE_GRADS["w1"], x2_grads["w1"])],
            "b1": [(a + b) / 2 for a, b in zip(EXAMPLE_GRADS["b1"], x2_grads["b1"])],
            "w2": [[(a + b) / 2 for a, b in zip(r1, r2)] for r1, r2 in zip(EXAMPLE_GRADS["w2"], x2_grads["w2"])],
            "b2": [(a + b) / 2 for a, b in zip(EXAMPLE_GRADS["b2"], x2_grads["b2"])],
        }
        self.assertGradsClose(grads, mean)

    def test_matches_finite_differences(self):
        # d = 3, h = 4, k = 2: no shape is square, so a missing transpose cannot go unnoticed.
        x = grid(5, 3, 7, 3, 11, 0.2, 1)
        y = [0, 1, 1, 0, 1]
        p = {"w1": grid(3, 4, 5, 2, 13, 0.15), "b1": [0.05, -0.1, 0.2, 0.03], "w2": grid(4, 2, 3, 5, 7, 0.3, 2), "b2": [0.1, -0.2]}
        self.assertAllPreActivationsAwayFromZero(x, p)
        loss, grads = mlp_loss_and_grads(x, y, p)
        self.assertAlmostEqual(loss, loss_of(x, y, p), places=12)
        self.assertGradsClose(grads, numerical_grads(x, y, p), tol=1e-7)

    def test_matches_finite_differences_with_square_shapes(self):
        # d = h = k = 3: a transposed weight has the right shape here, and only the values show it.
        x = grid(4, 3, 5, 2, 9, 0.3, 4)
        y = [2, 0, 1, 2]
        p = {"w1": grid(3, 3, 4, 3, 11, 0.2, 1), "b1": [0.07, 0.11, -0.13], "w2": grid(3, 3, 2, 5, 7, 0.4, 3), "b2": [0.0, 0.3, -0.1]}
        self.assertAllPreActivationsAwayFromZero(x, p)
        loss, grads = mlp_loss_and_grads(x, y, p)
        self.assertAlmostEqual(loss, loss_of(x, y, p), places=12)
        self.assertGradsClose(grads, numerical_grads(x, y, p), tol=1e-7)

    def assertAllPreActivationsAwayFromZero(self, x, p):
        # The finite differences step by 1e-5; a hidden unit that close to its kink would break them.
        for row in x:
            for j in range(len(p["b1"])):
                z = p["b1"][j] + sum(row[i] * p["w1"][i][j] for i in range(len(row)))
                self.assertGreater(abs(z), 1e-3, "test data: a pre-activation is too close to 0")

    def test_large_logits_stay_finite(self):
        # z1 = a1 = [1, 1] and z2 = [800, 0]; the target is class 1, so the loss is 800 + ln(1 + e^-800) = 800
        # and dz2 = [1, -1]. Then da1 = dz2 w2^T = [400, 400].
        p = {"w1": [[1.0, 0.0], [0.0, 1.0]], "b1": [0.0, 0.0], "w2": [[400.0, 0.0], [400.0, 0.0]], "b2": [0.0, 0.0]}
        loss, grads = mlp_loss_and_grads([[1.0, 1.0]], [1], p)
        self.assertAlmostEqual(loss, 800.0, places=9)
        want = {"w1": [[400.0, 400.0], [400.0, 400.0]], "b1": [400.0, 400.0], "w2": [[1.0, -1.0], [1.0, -1.0]], "b2": [1.0, -1.0]}
        self.assertGradsClose(grads, want)

    def test_one_forward_and_one_backward_pass(self):
        # A batch of 64 with d = h = 64 and k = 10 takes well under 0.2 s with backpropagation; estimating
        # the 4,810 gradients by finite differences needs two forward passes each, hundreds of times more.
        n, d, h, k = 64, 64, 64, 10
        x = grid(n, d, 7, 3, 11, 0.2)
        y = [r % k for r in range(n)]
        p = {"w1": grid(d, h, 5, 2, 13, 0.03), "b1": [0.01 * j for j in range(h)], "w2": grid(h, k, 3, 1, 7, 0.1), "b2": [0.0] * k}
        loss, grads = mlp_loss_and_grads(x, y, p)
        self.assertAlmostEqual(loss, loss_of(x, y, p), places=9)
        self.assertEqual((len(grads["w1"]), len(grads["w1"][0]), len(grads["w2"]), len(grads["w2"][0])), (d, h, h, k))
        # Each row of softmax - onehot sums to 0, so the gradient of b2 does too.
        self.assertAlmostEqual(sum(grads["b2"]), 0.0, places=12)

    def test_inputs_are_not_modified(self):
        x, y, p = [[1.0, 2.0], [-1.0, 3.0]], [0, 1], copy.deepcopy(EXAMPLE)
        mlp_loss_and_grads(x, y, p)
        self.assertEqual((x, y, p), ([[1.0, 2.0], [-1.0, 3.0]], [0, 1], EXAMPLE))

    def test_invalid_input(self):
        def with_(**changes):
            p = copy.deepcopy(EXAMPLE)
            p.update(changes)
            return p

        cases = {
            "empty batch": ([], [], EXAMPLE),
            "fewer labels than rows": ([[1.0, 2.0], [3.0, 4.0]], [0], EXAMPLE),
            "label too large": ([[1.0, 2.0]], [2], EXAMPLE),
            "negative label": ([[1.0, 2.0]], [-1], EXAMPLE),
            "x wider than w1": ([[1.0, 2.0, 3.0]], [0], EXAMPLE),
            "ragged x": ([[1.0, 2.0], [1.0]], [0, 0], EXAMPLE),
            "b1 too short": ([[1.0, 2.0]], [0], with_(b1=[0.0])),
            "w2 has too few rows": ([[1.0, 2.0]], [0], with_(w2=[[1.0, -1.0]])),
            "b2 too long": ([[1.0, 2.0]], [0], with_(b2=[0.0, 0.0, 0.0])),
        }
        for what, (x, y, p) in cases.items():
            with self.subTest(what):
                with self.assertRaises(ValueError):
                    mlp_loss_and_grads(x, y, p)


if __name__ == "__main__":
    unittest.main()
