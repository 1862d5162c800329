import math
import unittest

from solution import ZScoreDetector
from timed_test import TimedTestCase


def feed(detector, values):
    return [detector.update(x) for x in values]


class TestZScoreDetector(TimedTestCase):
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
        # The fifth value is 6 standard deviations from the first four, but it is still warm-up.
        d = ZScoreDetector(threshold=3, warmup=5)
        self.assertEqual(feed(d, [1, 1000, -1000, 3, 5000]), [False] * 5)
        self.assertTrue(d.update(10_000))

    def test_flags_values_beyond_threshold_on_both_sides(self):
        history = [10, 12, 11, 9, 8]
        for x, expected in [(15, True), (14, False), (5, True), (6, False)]:
            d = ZScoreDetector(threshold=3, warmup=5)
            feed(d, history)
            self.assertEqual(d.update(x), expected, f"x={x}")

    def test_exactly_at_the_threshold_is_not_an_anomaly(self):
        # After 1, 3, 5 the mean is 3 and the sample standard deviation exactly 2, so 9 and -3 are
        # exactly 3 standard deviations away: not strictly greater than the threshold.
        for x, expected in [(9, False), (-3, False), (9.001, True), (-3.001, True)]:
            d = ZScoreDetector(threshold=3, warmup=3)
            feed(d, [1, 3, 5])
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
        # O(1) per value takes a fraction of a second; recomputing from all earlier values takes hours.
        n = 200_000
        state = 12345
        values = []
        for i in range(n):
            state = state * 48271 % 2147483647
            values.append(1000.0 if i % 10_000 == 9_999 else state / 2147483647 * 100)
        d = ZScoreDetector(threshold=3, warmup=30)
        flagged = [i for i, x in enumerate(values) if d.update(x)]
        spikes = [i for i in range(n) if i % 10_000 == 9_999]
        self.assertEqual(len(flagged), len(spikes), "number of values flagged")  # before the lists: no giant diff
        self.assertEqual(flagged, spikes)
        mean = sum(values) / n
        variance = sum((x - mean) ** 2 for x in values) / (n - 1)
        self.assertEqual(d.count, n)
        self.assertAlmostEqual(d.mean, mean, places=6)
        self.assertAlmostEqual(d.variance, variance, places=4)


if __name__ == "__main__":
    unittest.main()
