import math
import unittest

from solution import WarmupCosineSchedule
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertLrs(self, schedule, expected):
        """expected maps steps to learning rates; compared to 1e-12 relative (or 1e-15 absolute)."""
        for step, lr in expected.items():
            got = schedule.lr(step)
            self.assertTrue(math.isclose(got, lr, rel_tol=1e-12, abs_tol=1e-15), f"lr({step}) = {got}, expected {lr}")


# The prompt's example: peak 1.0, floor 0.1, 10 warmup steps, 110 steps in all (100 of decay).
EXAMPLE = dict(peak_lr=1.0, min_lr=0.1, warmup_steps=10, total_steps=110)
HALF_ROOT2 = math.sqrt(2) / 2  # cos(pi / 4)


class TestWarmupCosineSchedule(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertLrs(WarmupCosineSchedule(**EXAMPLE), {
            0: 0.0,
            5: 0.5,
            10: 1.0,
            35: 0.1 + 0.9 * (1 + HALF_ROOT2) / 2,  # a quarter of the decay: 0.8681980515...
            60: 0.55,                             # halfway: the mean of peak and floor
            85: 0.1 + 0.9 * (1 - HALF_ROOT2) / 2,  # three quarters: 0.2318019484...
            110: 0.1,
        })

    def test_warmup_is_linear_from_zero(self):
        schedule = WarmupCosineSchedule(**EXAMPLE)
        self.assertLrs(schedule, {step: step / 10 for step in range(10)})

    def test_end_of_warmup_is_the_peak_and_decay_starts_after_it(self):
        schedule = WarmupCosineSchedule(**EXAMPLE)
        self.assertLrs(schedule, {9: 0.9, 10: 1.0})
        # One step into the decay: p = 1/100.
        self.assertLrs(schedule, {11: 0.1 + 0.9 * (1 + math.cos(math.pi / 100)) / 2})
        self.assertLess(schedule.lr(11), 1.0)

    def test_floor_at_total_steps_and_beyond(self):
        schedule = WarmupCosineSchedule(**EXAMPLE)
        self.assertLrs(schedule, {109: 0.1 + 0.9 * (1 + math.cos(math.pi * 99 / 100)) / 2})
        self.assertLrs(schedule, {110: 0.1, 111: 0.1, 150: 0.1, 210: 0.1, 1_000_000: 0.1})

    def test_shape_rises_then_falls(self):
        schedule = WarmupCosineSchedule(2.0, 0.2, 25, 400)
        values = [schedule.lr(step) for step in range(500)]
        self.assertEqual(values.index(max(values)), 25, "the peak must be at the end of warmup")
        self.assertTrue(math.isclose(values[25], 2.0, rel_tol=1e-12))
        for step in range(25):
            self.assertLess(values[step], values[step + 1], f"warmup must rise at step {step}")
        for step in range(25, 400):
            self.assertGreater(values[step], values[step + 1], f"decay must fall at step {step}")
        self.assertTrue(all(math.isclose(v, 0.2, rel_tol=1e-12) for v in values[400:]), "the floor after total_steps")

    def test_realistic_settings(self):
        # peak 3e-4, floor 3e-5, 2000 warmup steps, 100 000 steps in all (98 000 of decay).
        schedule = WarmupCosineSchedule(3e-4, 3e-5, 2000, 100_000)
        self.assertLrs(schedule, {
            0: 0.0,
            1000: 1.5e-4,
            2000: 3e-4,
            26_500: 3e-5 + 2.7e-4 * (1 + HALF_ROOT2) / 2,  # 2.604594...e-4
            51_000: 1.65e-4,
            75_500: 3e-5 + 2.7e-4 * (1 - HALF_ROOT2) / 2,  # 6.954058...e-5
            100_000: 3e-5,
            250_000: 3e-5,
        })

    def test_no_warmup(self):
        schedule = WarmupCosineSchedule(2.0, 0.5, 0, 4)
        self.assertLrs(schedule, {
            0: 2.0,
            1: 0.5 + 1.5 * (1 + HALF_ROOT2) / 2,
            2: 1.25,
            3: 0.5 + 1.5 * (1 - HALF_ROOT2) / 2,
            4: 0.5,
            5: 0.5,
        })

    def test_one_decay_step(self):
        schedule = WarmupCosineSchedule(1.0, 0.25, 3, 4)
        self.assertLrs(schedule, {0: 0.0, 1: 1 / 3, 2: 2 / 3, 3: 1.0, 4: 0.25, 5: 0.25})

    def test_floor_of_zero_and_floor_equal_to_peak(self):
        self.assertLrs(WarmupCosineSchedule(1.0, 0.0, 0, 100), {50: 0.5, 100: 0.0, 101: 0.0})
        self.assertLrs(WarmupCosineSchedule(0.5, 0.5, 4, 8), {2: 0.25, 4: 0.5, 6: 0.5, 8: 0.5, 9: 0.5})

    def test_invalid_arguments(self):
        for args in (
            (0.0, 0.0, 10, 100),     # peak must be > 0
            (-1.0, 0.0, 10, 100),
            (math.nan, 0.0, 10, 100),
            (1.0, -0.1, 10, 100),    # floor below 0
            (1.0, 1.5, 10, 100),     # floor above peak
            (1.0, 0.1, -1, 100),     # negative warmup
            (1.0, 0.1, 10, 10),      # no decay steps
            (1.0, 0.1, 10, 5),
            (1.0, 0.1, 2.5, 100),    # not integers
            (1.0, 0.1, 10, 100.5),
        ):
            with self.subTest(args=args):
                with self.assertRaises(ValueError):
                    WarmupCosineSchedule(*args)
        schedule = WarmupCosineSchedule(**EXAMPLE)
        for step in (-1, 2.5):
            with self.subTest(step=step):
                with self.assertRaises(ValueError):
                    schedule.lr(step)


if __name__ == "__main__":
    unittest.main()
