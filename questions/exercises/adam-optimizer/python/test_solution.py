import math
import unittest

from solution import Adam
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertListClose(self, got, want, places=9):
        self.assertEqual(len(got), len(want))
        for i, (g, w) in enumerate(zip(got, want)):
            self.assertAlmostEqual(g, w, places=places, msg=f"parameter {i}")


class TestAdam(TimedTestCase):
    def test_first_step_moves_by_lr_against_the_gradient(self):
        # On step 1 the corrected moments are g and g^2: the update is lr * g / (|g| + eps).
        out = Adam(lr=0.1).step([1.0, -2.0, 0.5], [0.5, -3.0, 0.0])
        self.assertListClose(out, [1 - 0.1 * 0.5 / (0.5 + 1e-8), -2 + 0.1 * 3 / (3 + 1e-8), 0.5])

    def test_example_from_prompt(self):
        opt = Adam(lr=0.1)
        p = opt.step([0.0], [1.0])
        self.assertAlmostEqual(p[0], -0.1, places=7)
        p = opt.step(p, [-1.0])
        # m = 0.9 * 0.1 - 0.1 = -0.01, m_hat = -0.01 / 0.19 = -1/19; v_hat = 0.001999 / 0.001999 = 1.
        self.assertAlmostEqual(p[0], -0.1 + 0.1 / 19, places=7)

    def test_a_constant_gradient_moves_lr_every_step(self):
        # With bias correction, a constant gradient gives m_hat = g and v_hat = g^2 at every step.
        opt = Adam(lr=0.01)
        p = [3.0, 3.0]
        for _ in range(100):
            p = opt.step(p, [2.0, -0.5])
        self.assertListClose(p, [2.0, 4.0], places=6)

    def test_gradient_scale_does_not_matter(self):
        a, b = Adam(lr=0.05), Adam(lr=0.05)
        pa = pb = [1.0, 1.0]
        for g in ([0.3, -0.1], [0.2, 0.4], [-0.5, 0.1]):
            pa = a.step(pa, g)
            pb = b.step(pb, [1000 * x for x in g])
        self.assertListClose(pa, pb, places=6)

    def test_epsilon_is_added_after_the_square_root(self):
        # First step: lr * g / (sqrt(g^2) + eps) = 1 * 0.01 / (0.01 + 0.01) = 0.5.
        out = Adam(lr=1.0, eps=0.01).step([0.0], [0.01])
        self.assertAlmostEqual(out[0], -0.5)

    def test_decoupled_weight_decay(self):
        # Zero gradient: only the decay acts, p * (1 - lr * wd) = 4 * 0.95.
        self.assertAlmostEqual(Adam(lr=0.1, weight_decay=0.5).step([4.0], [0.0])[0], 3.8)
        # The decay uses the parameter before the update: 1 - 0.1 * (0.5 / 0.5 + 0.1 * 1) = 0.89.
        self.assertAlmostEqual(Adam(lr=0.1, weight_decay=0.1).step([1.0], [0.5])[0], 0.89, places=7)

    def test_each_parameter_keeps_its_own_moments(self):
        opt = Adam(lr=0.1)
        p = opt.step([0.0, 0.0], [1.0, 0.0])
        p = opt.step(p, [-1.0, 1.0])
        # Parameter 0 follows the worked example; parameter 1 saw 0 then 1:
        # m = 0.1, m_hat = 0.1 / 0.19; v = 0.001, v_hat = 0.001 / 0.001999.
        m_hat, v_hat = 0.1 / 0.19, 0.001 / 0.001999
        self.assertAlmostEqual(p[0], -0.1 + 0.1 / 19, places=7)
        self.assertAlmostEqual(p[1], -0.1 * m_hat / math.sqrt(v_hat), places=7)

    def test_optimisers_do_not_share_state(self):
        a, b = Adam(lr=0.1), Adam(lr=0.1)
        pa = a.step([0.0], [1.0])
        pb = b.step([0.0], [1.0])
        self.assertAlmostEqual(pa[0], pb[0])
        self.assertAlmostEqual(a.step(pa, [-1.0])[0], -0.1 + 0.1 / 19, places=7)

    def test_inputs_are_not_modified(self):
        params, grads = [1.0, 2.0], [0.1, -0.2]
        out = Adam(lr=0.1).step(params, grads)
        self.assertEqual((params, grads), ([1.0, 2.0], [0.1, -0.2]))
        self.assertIsNot(out, params)

    def test_invalid_hyperparameters(self):
        for kwargs in ({"lr": 0}, {"lr": -0.1}, {"beta1": 1.0}, {"beta2": -0.1}, {"beta2": 1.5},
                       {"eps": 0}, {"weight_decay": -0.01}):
            with self.subTest(**kwargs):
                with self.assertRaises(ValueError):
                    Adam(**kwargs)

    def test_shape_errors(self):
        opt = Adam()
        with self.assertRaises(ValueError):
            opt.step([1.0, 2.0], [0.1])
        opt.step([1.0, 2.0], [0.1, 0.2])
        with self.assertRaises(ValueError):
            opt.step([1.0, 2.0, 3.0], [0.1, 0.2, 0.3])


if __name__ == "__main__":
    unittest.main()
