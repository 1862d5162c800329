import tracemalloc
import unittest

from solution import ExponentialMovingAverage, SimpleMovingAverage
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 3.0


class TestSimpleMovingAverage(TimedTestCase):
    def test_window_fills_then_slides(self):
        sma = SimpleMovingAverage(3)
        self.assertEqual([sma.update(x) for x in [1, 2, 3, 4, 5]], [1, 1.5, 2, 3, 4])

    def test_window_of_one(self):
        sma = SimpleMovingAverage(1)
        self.assertEqual([sma.update(x) for x in [4, -2, 9]], [4, -2, 9])

    def test_negative_and_fractional_values(self):
        sma = SimpleMovingAverage(2)
        out = [sma.update(x) for x in [-1.5, 2.5, -4.0]]
        for a, e in zip(out, [-1.5, 0.5, -0.75]):
            self.assertAlmostEqual(a, e)

    def test_slides_over_a_long_stream(self):
        sma = SimpleMovingAverage(4)
        values = [(i * 7) % 11 - 5 for i in range(50)]
        for i, x in enumerate(values):
            held = values[max(0, i - 3) : i + 1]
            self.assertAlmostEqual(sma.update(x), sum(held) / len(held), msg=f"after value {i}")

    def test_value_property(self):
        sma = SimpleMovingAverage(2)
        self.assertIsNone(sma.value)
        sma.update(3)
        sma.update(5)
        self.assertEqual(sma.value, 4)

    def test_large_window_in_constant_time_per_update(self):
        window = 100_000
        sma = SimpleMovingAverage(window)
        for i in range(200_000):
            avg = sma.update(i % 1000)
            if i == window - 1:
                self.assertAlmostEqual(avg, 499.5)
        self.assertAlmostEqual(sma.value, 499.5)

    def test_memory_is_bounded_by_the_window(self):
        sma = SimpleMovingAverage(10)
        tracemalloc.start()
        try:
            for i in range(100_000):
                sma.update(i + 0.5)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        self.assertAlmostEqual(sma.value, 99_995.0)
        # Keeping all 100 000 values would take megabytes; a window of 10 needs well under 200 kB.
        self.assertLess(peak, 200_000, "memory must stay O(window): drop the values that leave the window")


class TestExponentialMovingAverage(TimedTestCase):
    def test_recurrence(self):
        ema = ExponentialMovingAverage(0.5)
        self.assertEqual([ema.update(x) for x in [10, 20, 30]], [10, 15, 22.5])
        ema = ExponentialMovingAverage(0.2)
        out = [ema.update(x) for x in [1, 2, 3]]
        for a, e in zip(out, [1.0, 1.2, 1.56]):
            self.assertAlmostEqual(a, e)

    def test_alpha_one_tracks_the_last_value(self):
        ema = ExponentialMovingAverage(1.0)
        self.assertEqual([ema.update(x) for x in [3, -7, 2]], [3, -7, 2])

    def test_value_property(self):
        ema = ExponentialMovingAverage(0.5)
        self.assertIsNone(ema.value)
        ema.update(8)
        ema.update(0)
        self.assertEqual(ema.value, 4)


class TestInvalidArguments(TimedTestCase):
    def test_invalid_arguments(self):
        with self.assertRaises(ValueError):
            SimpleMovingAverage(0)
        for alpha in (0.0, -0.5, 1.5):
            with self.assertRaises(ValueError):
                ExponentialMovingAverage(alpha)

    def test_boundary_arguments_are_accepted(self):
        self.assertEqual(SimpleMovingAverage(1).update(2.5), 2.5)
        self.assertEqual(ExponentialMovingAverage(1.0).update(2.5), 2.5)


if __name__ == "__main__":
    unittest.main()
