import ast
import inspect
import math
import unittest

import solution
from solution import erf, two_proportion_ztest
from timed_test import TimedTestCase

LIBRARY_NAMES = ("erf", "erfc", "NormalDist", "norm")
LIBRARY_MODULES = ("scipy", "statistics", "numpy")


class TestErf(TimedTestCase):
    def test_known_values(self):
        known = {
            0.0: 0.0,
            0.5: 0.5204998778130465,
            0.6: 0.6038560908479259,
            1.0: 0.8427007929497149,
            2.0: 0.9953222650189527,
            3.0: 0.9999779095030014,
            4.5: 0.9999999998033839,
        }
        for x, expected in known.items():
            self.assertAlmostEqual(erf(x), expected, delta=1e-6, msg=f"erf({x})")

    def test_odd_symmetry_and_limits(self):
        for x in (0.1, 0.7, 1.3, 2.2, 3.7):
            self.assertAlmostEqual(erf(-x), -erf(x), delta=1e-12)
        self.assertAlmostEqual(erf(10.0), 1.0, delta=1e-6)
        self.assertAlmostEqual(erf(-10.0), -1.0, delta=1e-6)

    def test_erf_is_our_own(self):
        # The prompt asks for erf without a library: no math.erf or math.erfc, no NormalDist, no scipy.
        tree = ast.parse(inspect.getsource(solution))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute):
                self.assertNotIn(node.attr, LIBRARY_NAMES, f"uses .{node.attr} from a library")
            if isinstance(node, ast.ImportFrom):
                self.assertNotIn((node.module or "").split(".")[0], LIBRARY_MODULES, f"imports from {node.module}")
                for alias in node.names:
                    self.assertNotIn(alias.name, LIBRARY_NAMES, f"imports {alias.name} from {node.module}")
            if isinstance(node, ast.Import):
                for alias in node.names:
                    self.assertNotIn(alias.name.split(".")[0], LIBRARY_MODULES, f"imports {alias.name}")

    def test_monotonic_on_a_grid(self):
        values = [erf(i / 100) for i in range(-400, 401)]
        self.assertTrue(all(b >= a for a, b in zip(values, values[1:])))


class TestTwoProportionZTest(TimedTestCase):
    def test_worked_example(self):
        z, p = two_proportion_ztest(30, 200, 45, 250)
        self.assertAlmostEqual(z, 0.6 * math.sqrt(2), places=9)
        self.assertAlmostEqual(p, 1 - 0.6038560908479259, delta=1e-6)

    def test_significant_difference(self):
        z, p = two_proportion_ztest(200, 1000, 250, 1000)
        expected_z = 0.05 / math.sqrt(0.225 * 0.775 * 0.002)
        self.assertAlmostEqual(z, expected_z, places=9)
        self.assertAlmostEqual(z, 2.677397763, places=6)
        self.assertAlmostEqual(p, 0.0074196493, delta=1e-6)

    def test_swapping_groups_negates_z(self):
        z1, p1 = two_proportion_ztest(200, 1000, 250, 1000)
        z2, p2 = two_proportion_ztest(250, 1000, 200, 1000)
        self.assertAlmostEqual(z2, -z1, places=12)
        self.assertAlmostEqual(p2, p1, places=12)

    def test_equal_rates(self):
        z, p = two_proportion_ztest(50, 100, 100, 200)
        self.assertAlmostEqual(z, 0.0, places=12)
        self.assertAlmostEqual(p, 1.0, delta=1e-9)

    def test_zero_standard_error(self):
        self.assertEqual(two_proportion_ztest(0, 100, 0, 50), (0.0, 1.0))
        self.assertEqual(two_proportion_ztest(100, 100, 50, 50), (0.0, 1.0))

    def test_huge_effect_gives_tiny_p_value(self):
        z, p = two_proportion_ztest(10, 10_000, 5_000, 10_000)
        self.assertGreater(z, 50)
        self.assertGreaterEqual(p, 0.0)
        self.assertLess(p, 1e-12)

    def test_invalid_inputs(self):
        for args in ((1, 0, 1, 10), (1, 10, 1, -5), (-1, 10, 1, 10), (11, 10, 1, 10), (1, 10, 12, 10)):
            with self.assertRaises(ValueError, msg=str(args)):
                two_proportion_ztest(*args)


if __name__ == "__main__":
    unittest.main()
