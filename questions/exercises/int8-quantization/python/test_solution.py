import copy
import math
import unittest

from solution import channel_scales, dequantize, max_abs_error, quantize
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertListClose(self, got, want, places=12):
        self.assertEqual(len(got), len(want))
        for i, (g, w) in enumerate(zip(got, want)):
            self.assertAlmostEqual(g, w, places=places, msg=f"entry {i}")

    def assertCodes(self, got, want):
        self.assertEqual(got, want)
        for row in got:
            for v in row:
                self.assertIs(type(v), int, f"code {v!r} is not an int")


# The prompt's example: the rows have max |w| of 1.27, 2.54 and 0.
EXAMPLE = [[0.5, -1.27, 0.033], [2.54, 1.0, 0.015], [0.0, 0.0, 0.0]]


def generated(rows, cols):
    # Rows of very different magnitudes, as in real weight matrices.
    return [[(((7 * r + 3 * c) % 23) - 11) * 0.0137 * (r + 1) ** 2 + 0.001 * c for c in range(cols)] for r in range(rows)]


class TestInt8Quantization(TimedTestCase):
    def test_example_from_prompt(self):
        scales = channel_scales(EXAMPLE)
        self.assertListClose(scales, [0.01, 0.02, 0.0])
        # 0.033 / 0.01 = 3.3 -> 3; 0.015 / 0.02 = 0.75 -> 1.
        q = quantize(EXAMPLE, scales)
        self.assertCodes(q, [[50, -127, 3], [127, 50, 1], [0, 0, 0]])
        back = dequantize(q, scales)
        for got, want in zip(back, [[0.5, -1.27, 0.03], [2.54, 1.0, 0.02], [0.0, 0.0, 0.0]]):
            self.assertListClose(got, want)
        # The worst entry is 0.015 -> 0.02 in row 1 (0.033 -> 0.03 in row 0 is off by 0.003).
        self.assertAlmostEqual(max_abs_error(EXAMPLE), 0.005, places=12)

    def test_one_scale_per_row_from_its_largest_magnitude(self):
        # Row maxima 4 (a negative weight), 0.5 and 2; the column maxima (2 and 4) would be wrong.
        w = [[1.0, -4.0], [0.5, 0.2], [-2.0, 2.0]]
        scales = channel_scales(w)
        self.assertListClose(scales, [4 / 127, 0.5 / 127, 2 / 127])
        # 1 / (4/127) = 31.75 -> 32; 0.2 / (0.5/127) = 50.8 -> 51.
        self.assertCodes(quantize(w, scales), [[32, -127], [127, 51], [-127, 127]])

    def test_every_nonzero_row_uses_the_full_range(self):
        w = generated(6, 10)
        scales = channel_scales(w)
        q = quantize(w, scales)
        for r, (row, codes, s) in enumerate(zip(w, q, scales)):
            self.assertAlmostEqual(s, max(abs(v) for v in row) / 127, places=15, msg=f"scale of row {r}")
            self.assertEqual(max(abs(v) for v in codes), 127, f"row {r}: its largest weight maps to +-127")
            for v, code in zip(row, codes):
                self.assertLessEqual(abs(v - code * s), s / 2 + 1e-15, f"row {r}: {v} is more than half a step from {code * s}")

    def test_halves_round_away_from_zero(self):
        # The row maximum 127 gives a scale of exactly 1, so these ratios are exact halves.
        w = [[127.0, 2.5, -2.5, 0.5, -0.5, 1.5, -1.5]]
        self.assertCodes(quantize(w, channel_scales(w)), [[127, 3, -3, 1, -1, 2, -2]])
        # With a given scale of 0.25: 0.625 / 0.25 = 2.5 -> 3 and -0.125 / 0.25 = -0.5 -> -1.
        self.assertCodes(quantize([[0.625, -0.125, 0.1]], [0.25]), [[3, -1, 0]])

    def test_codes_are_clamped_to_plus_minus_127(self):
        # A calibrated scale smaller than max|w| / 127 clips the outliers: -100 / 0.5 = -200 -> -127, 64 / 0.5 = 128 -> 127.
        q = quantize([[10.0, -100.0, 0.3, 64.0], [1.0, 2.0, 3.0, -3.0]], [0.5, 1.0])
        self.assertCodes(q, [[20, -127, 1, 127], [1, 2, 3, -3]])

    def test_an_all_zero_row_does_not_divide_by_zero(self):
        w = [[0.0, 0.0, 0.0], [0.0, -0.0, 0.0]]
        scales = channel_scales(w)
        self.assertListClose(scales, [0.0, 0.0])
        q = quantize(w, scales)
        self.assertCodes(q, [[0, 0, 0], [0, 0, 0]])
        self.assertEqual([[v + 0.0 for v in row] for row in dequantize(q, scales)], [[0.0] * 3, [0.0] * 3])
        self.assertEqual(max_abs_error(w), 0.0)
        # A given scale of 0 also maps its row to zeros.
        self.assertCodes(quantize([[1.0, -2.0], [1.0, 2.0]], [0.0, 1.0]), [[0, 0], [1, 2]])

    def test_dequantize_multiplies_each_row_by_its_scale(self):
        back = dequantize([[-127, 0, 64], [3, -3, 127]], [0.5, 0.25])
        self.assertEqual(back, [[-63.5, 0.0, 32.0], [0.75, -0.75, 31.75]])

    def test_max_abs_error_looks_at_every_row(self):
        # Row 0 has scale 1, so its whole numbers are exact; row 1 has scale 0.1 and 0.13 -> 0.1 is off by 0.03.
        w = [[127.0, -1.0, 2.0], [0.13, 0.2, 12.7]]
        scales = channel_scales(w)
        errors = [abs(v - c * s) for row, codes, s in zip(w, quantize(w, scales), scales) for v, c in zip(row, codes)]
        self.assertEqual(errors[:3], [0.0, 0.0, 0.0])
        self.assertAlmostEqual(max_abs_error(w), 0.03, places=12)
        big = generated(8, 16)
        s = channel_scales(big)
        worst = max(abs(v - c * sc) for row, codes, sc in zip(big, quantize(big, s), s) for v, c in zip(row, codes))
        self.assertAlmostEqual(max_abs_error(big), worst, places=15)
        self.assertLessEqual(worst, max(s) / 2 + 1e-15)

    def test_inputs_are_not_modified(self):
        w, scales = copy.deepcopy(EXAMPLE), [0.01, 0.02, 0.0]
        q = quantize(w, scales)
        q_copy = copy.deepcopy(q)
        channel_scales(w)
        dequantize(q, scales)
        max_abs_error(w)
        self.assertEqual((w, scales, q), (EXAMPLE, [0.01, 0.02, 0.0], q_copy))

    def test_invalid_input(self):
        cases = [
            ("empty matrix", lambda: channel_scales([])),
            ("empty row", lambda: channel_scales([[]])),
            ("ragged rows", lambda: channel_scales([[1.0, 2.0], [3.0]])),
            ("infinite weight", lambda: channel_scales([[1.0, math.inf]])),
            ("not a number", lambda: channel_scales([[math.nan, 1.0]])),
            ("too few scales", lambda: quantize([[1.0], [2.0]], [0.1])),
            ("too many scales", lambda: dequantize([[1]], [0.1, 0.2])),
            ("negative scale", lambda: quantize([[1.0, 2.0]], [-0.1])),
            ("ragged codes", lambda: dequantize([[1, 2], [3]], [0.1, 0.1])),
        ]
        for what, call in cases:
            with self.subTest(what):
                with self.assertRaises(ValueError):
                    call()


if __name__ == "__main__":
    unittest.main()
