import math
import unittest

from solution import ZScoreDetector


def feed(detector, values):
    return [detector.update(x) for x in values]


class TestZScoreDetector(unittest.TestCase):
    def test_running_statistics(self):
        d = ZScoreDetector()
        self.assertEqual((d.count, d.mean, d.variance), (0, 0.0, 0.0))
        d.update(3.0)
        self.assertEqual((d.count, d.mean, d.variance), (1, 3.0, 0.0))
        d = ZScoreDetector()
        feed(d, [2, 4, 4, 4, 5, 5, 7, 9])
        self.assertEqual(d.count, 8)
        self.assertAlmostEqual(d.mean, 5.0)
        self.assertAlmostEqual(d.variance, 32 / 7)
        self.assertAlmostEqual(d.std, math.sqrt(32 / 7))

    def test_numerically_stable_for_large_values(self):
        d = ZScoreDetector()
        feed(d, [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])
        self.assertAlmostEqual(d.mean, 1e9 + 10, places=4)
        self.assertAlmostEqual(d.variance, 30.0, places=6)

    def test_nothing_flagged_during_warmup(self):
        d = ZScoreDetector(threshold=3, warmup=5)
        self.assertEqual(feed(d, [1, 1000, -1000, 3, 5]), [False] * 5)

    def test_flags_values_beyond_threshold_on_both_sides(self):
        history = [10, 12, 11, 9, 8]
        for x, expected in [(15, True), (14, False), (5, True), (6, False)]:
            d = ZScoreDetector(threshold=3, warmup=5)
            feed(d, history)
            self.assertEqual(d.update(x), expected, f"x={x}")

    def test_threshold_parameter(self):
        d = ZScoreDetector(threshold=2, warmup=5)
        feed(d, [10, 12, 11, 9, 8])
        self.assertTrue(d.update(14))  # z ~ 2.53 > 2

    def test_judges_before_updating_and_keeps_anomalies(self):
        d = ZScoreDetector(threshold=3, warmup=5)
        feed(d, [10, 12, 11, 9, 8])
        self.assertTrue(d.update(15))
        self.assertEqual(d.count, 6)
        self.assertAlmostEqual(d.mean, 65 / 6)

    def test_constant_stream(self):
        d = ZScoreDetector(threshold=3, warmup=3)
        self.assertEqual(feed(d, [5, 5, 5, 5]), [False] * 4)
        self.assertTrue(d.update(5.1))

    def test_invalid_arguments(self):
        with self.assertRaises(ValueError):
            ZScoreDetector(threshold=0)
        with self.assertRaises(ValueError):
            ZScoreDetector(warmup=1)

    def test_long_stream_in_constant_time_per_value(self):
        n = 200_000
        state = 12345
        values = []
        for i in range(n):
            state = state * 48271 % 2147483647
            values.append(1000.0 if i % 10_000 == 9_999 else state / 2147483647 * 100)
        d = ZScoreDetector(threshold=3, warmup=30)
        flagged = [i for i, x in enumerate(values) if d.update(x)]
        self.assertEqual(flagged, [i for i in range(n) if i % 10_000 == 9_999])
        mean = sum(values) / n
        variance = sum((x - mean) ** 2 for x in values) / (n - 1)
        self.assertEqual(d.count, n)
        self.assertAlmostEqual(d.mean, mean, places=6)
        self.assertAlmostEqual(d.variance, variance, places=4)


if __name__ == "__main__":
    unittest.main()
