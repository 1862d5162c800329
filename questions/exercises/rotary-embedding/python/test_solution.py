import math
import unittest

from solution import apply_rope
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertVectorClose(self, got, want, places=9):
        self.assertEqual(len(got), len(want), "length")
        for i, (g, w) in enumerate(zip(got, want)):
            self.assertAlmostEqual(g, w, places=places, msg=f"element {i}: {got} != {want}")


def dot(a, b):
    return sum(u * v for u, v in zip(a, b))


Q = [0.5, -1.0, 2.0, 0.25, -0.75, 1.5, 0.1, -2.0]
K = [1.0, 0.5, -0.5, 2.0, 0.3, -1.2, 1.1, 0.4]


class TestApplyRope(TimedTestCase):
    def test_example_from_prompt(self):
        # d = 4: theta_0 = 1, theta_1 = 10000 ** (-2/4) = 0.01.
        got = apply_rope([1.0, 0.0, 1.0, 0.0], 1)
        self.assertVectorClose(got, [math.cos(1), math.sin(1), math.cos(0.01), math.sin(0.01)])
        self.assertVectorClose(got, [0.5403023, 0.8414710, 0.9999500, 0.0099998], places=6)

    def test_position_zero_is_identity(self):
        self.assertVectorClose(apply_rope([0.3, -1.2, 5.0, 7.0], 0), [0.3, -1.2, 5.0, 7.0])

    def test_rotation_is_counter_clockwise(self):
        # (0, 1) turned by +1 radian.
        self.assertVectorClose(apply_rope([0.0, 1.0], 1), [-math.sin(1), math.cos(1)])

    def test_both_coordinates_of_a_pair(self):
        # (3, 4) turned by 2 radians: each output uses both old coordinates.
        c, s = math.cos(2), math.sin(2)
        self.assertVectorClose(apply_rope([3.0, 4.0], 2), [3 * c - 4 * s, 3 * s + 4 * c])

    def test_frequencies_use_two_i_over_d(self):
        # d = 6: theta_1 = 10000 ** (-1/3), theta_2 = 10000 ** (-2/3); position 10.
        t1, t2 = 10 * 10000 ** (-1 / 3), 10 * 10000 ** (-2 / 3)
        self.assertVectorClose(
            apply_rope([0.0, 0.0, 1.0, 0.0, 0.0, 1.0], 10),
            [0.0, 0.0, math.cos(t1), math.sin(t1), -math.sin(t2), math.cos(t2)],
        )

    def test_custom_base(self):
        # d = 4, base 100: theta_1 = 100 ** (-1/2) = 0.1; position 5 gives an angle of 0.5.
        self.assertVectorClose(
            apply_rope([0.0, 0.0, 2.0, 0.0], 5, base=100.0),
            [0.0, 0.0, 2 * math.cos(0.5), 2 * math.sin(0.5)],
        )

    def test_pairs_are_neighbours(self):
        # The first pair is (x[0], x[1]) at one radian per position; the last pair barely moves.
        got = apply_rope([1.0, 2.0, 3.0, 4.0], 3)
        c, s = math.cos(3), math.sin(3)
        self.assertVectorClose(got[:2], [c - 2 * s, s + 2 * c])
        c, s = math.cos(0.03), math.sin(0.03)
        self.assertVectorClose(got[2:], [3 * c - 4 * s, 3 * s + 4 * c])

    def test_norm_is_preserved(self):
        for position in (1, 7, 123, 10_000):
            with self.subTest(position=position):
                self.assertAlmostEqual(dot(apply_rope(Q, position), apply_rope(Q, position)), dot(Q, Q), places=9)

    def test_dot_product_depends_on_relative_position(self):
        base = dot(apply_rope(Q, 3), apply_rope(K, 7))
        self.assertAlmostEqual(dot(apply_rope(Q, 10), apply_rope(K, 14)), base, places=9)
        self.assertAlmostEqual(dot(apply_rope(Q, 103), apply_rope(K, 107)), base, places=9)
        # ...and it does change with the distance.
        self.assertGreater(abs(dot(apply_rope(Q, 3), apply_rope(K, 8)) - base), 1e-3)

    def test_input_not_modified(self):
        x = [1.0, 2.0, 3.0, 4.0]
        apply_rope(x, 5)
        self.assertEqual(x, [1.0, 2.0, 3.0, 4.0])

    def test_invalid_arguments(self):
        for x, position in (([], 1), ([1.0, 2.0, 3.0], 1), ([1.0], 0), ([1.0, 2.0], -1)):
            with self.subTest(x=x, position=position):
                with self.assertRaises(ValueError):
                    apply_rope(x, position)

    def test_long_vector_far_position(self):
        x = [((7 * i) % 11 - 5) / 5 for i in range(4096)]
        got = apply_rope(x, 1_000_000)
        self.assertEqual(len(got), 4096)
        self.assertAlmostEqual(dot(got, got), dot(x, x), places=6)
        # The first pair turns by 10**6 radians.
        c, s = math.cos(1e6), math.sin(1e6)
        self.assertVectorClose(got[:2], [x[0] * c - x[1] * s, x[0] * s + x[1] * c])


if __name__ == "__main__":
    unittest.main()
