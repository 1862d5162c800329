import unittest

from solution import TokenBucket
from timed_test import TimedTestCase


class FakeClock:
    """A clock that only moves when the test advances it (seconds)."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class TestTokenBucket(TimedTestCase):
    def test_starts_full_then_denies(self):
        clock = FakeClock()
        b = TokenBucket(3, 1, clock)
        self.assertEqual([b.allow() for _ in range(4)], [True, True, True, False])

    def test_refills_over_time(self):
        clock = FakeClock()
        b = TokenBucket(2, 2, clock)
        self.assertTrue(b.allow())
        self.assertTrue(b.allow())
        self.assertFalse(b.allow())
        clock.advance(0.25)
        self.assertAlmostEqual(b.available(), 0.5)
        self.assertFalse(b.allow())
        clock.advance(0.25)
        self.assertTrue(b.allow())
        self.assertFalse(b.allow())

    def test_refill_is_capped_at_capacity(self):
        clock = FakeClock()
        b = TokenBucket(5, 10, clock)
        for _ in range(5):
            b.allow()
        clock.advance(100)
        self.assertAlmostEqual(b.available(), 5.0)
        self.assertEqual(sum(b.allow() for _ in range(10)), 5)

    def test_denied_request_consumes_nothing(self):
        clock = FakeClock()
        b = TokenBucket(3, 1, clock)
        self.assertTrue(b.allow(2))
        self.assertFalse(b.allow(2))
        self.assertAlmostEqual(b.available(), 1.0)
        self.assertTrue(b.allow(1))

    def test_cost_above_capacity_is_always_denied(self):
        b = TokenBucket(3, 1, FakeClock())
        self.assertFalse(b.allow(4))
        self.assertAlmostEqual(b.available(), 3.0)

    def test_fractional_rate_and_costs(self):
        clock = FakeClock()
        b = TokenBucket(1, 0.5, clock)
        self.assertTrue(b.allow(0.5))
        self.assertTrue(b.allow(0.5))
        self.assertFalse(b.allow(0.5))
        clock.advance(1)
        self.assertTrue(b.allow(0.5))
        self.assertFalse(b.allow(0.25))

    def test_zero_rate_never_refills(self):
        clock = FakeClock()
        b = TokenBucket(1, 0, clock)
        self.assertTrue(b.allow())
        clock.advance(1_000_000)
        self.assertFalse(b.allow())

    def test_clock_going_backwards_adds_nothing(self):
        clock = FakeClock(50.0)
        b = TokenBucket(2, 1, clock)
        b.allow()
        b.allow()
        clock.advance(-10)
        self.assertFalse(b.allow())
        self.assertAlmostEqual(b.available(), 0.0)

    def test_invalid_arguments(self):
        clock = FakeClock()
        for capacity, rate in ((0, 1), (-1, 1), (1, -0.5)):
            with self.subTest(capacity=capacity, rate=rate):
                with self.assertRaises(ValueError):
                    TokenBucket(capacity, rate, clock)
        b = TokenBucket(1, 1, clock)
        with self.assertRaises(ValueError):
            b.allow(0)
        with self.assertRaises(ValueError):
            b.allow(-1)

    def test_long_run_sustained_rate(self):
        # 8 tokens/s, a request every 1/64 s for 100 s: each step adds exactly 0.125.
        clock = FakeClock()
        b = TokenBucket(5, 8, clock)
        allowed = 0
        for i in range(6400):
            clock.now = i / 64
            if b.allow():
                allowed += 1
        # 5 initial tokens + 6399 * 0.125 = 804.875 tokens in total
        self.assertEqual(allowed, 804)
        self.assertAlmostEqual(b.available(), 0.875)

    def test_default_clock(self):
        b = TokenBucket(2, 1)
        self.assertTrue(b.allow())
        self.assertTrue(b.allow())
        self.assertFalse(b.allow(1.5))


if __name__ == "__main__":
    unittest.main()
