import asyncio
import inspect
import time
import unittest

from solution import timed
from timed_test import TimedTestCase


class FakeClock:
    """A clock that only moves when the test advances it."""

    def __init__(self, start: float = 100.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class TestTimedSync(TimedTestCase):
    def test_returns_result_and_records_elapsed(self):
        clock, timings = FakeClock(), []

        @timed(timings.append, clock=clock)
        def work():
            clock.advance(2.5)
            return "done"

        self.assertEqual(work(), "done")
        self.assertEqual(len(timings), 1)
        self.assertAlmostEqual(timings[0], 2.5)

    def test_passes_args_and_kwargs(self):
        timings = []

        @timed(timings.append, clock=FakeClock())
        def combine(a, b, *rest, sep="-", **extra):
            return sep.join([a, b, *rest]) + str(sorted(extra))

        self.assertEqual(combine("x", "y", "z", sep="+", k=1), "x+y+z['k']")
        self.assertEqual(len(timings), 1)

    def test_records_on_exception_and_reraises_same_error(self):
        clock, timings = FakeClock(), []
        error = ValueError("boom")

        @timed(timings.append, clock=clock)
        def fail():
            clock.advance(0.75)
            raise error

        with self.assertRaises(ValueError) as ctx:
            fail()
        self.assertIs(ctx.exception, error)
        self.assertEqual(len(timings), 1)
        self.assertAlmostEqual(timings[0], 0.75)

    def test_one_record_per_call_in_order(self):
        clock, timings = FakeClock(), []

        @timed(timings.append, clock=clock)
        def step(seconds):
            clock.advance(seconds)

        for s in (0.5, 0.25, 2.0):
            step(s)
        self.assertEqual(len(timings), 3)
        for got, want in zip(timings, (0.5, 0.25, 2.0)):
            self.assertAlmostEqual(got, want)

    def test_preserves_metadata(self):
        def original(x):
            """Doubles x."""
            return 2 * x

        wrapped = timed(lambda s: None)(original)
        self.assertEqual(wrapped.__name__, "original")
        self.assertEqual(wrapped.__doc__, "Doubles x.")
        self.assertIs(wrapped.__wrapped__, original)

    def test_default_clock_measures_real_seconds(self):
        timings = []

        @timed(timings.append)
        def nap():
            time.sleep(0.03)

        nap()
        self.assertEqual(len(timings), 1)
        self.assertGreaterEqual(timings[0], 0.02)
        self.assertLess(timings[0], 5.0)


class TestTimedAsync(TimedTestCase):
    def test_wrapper_is_a_coroutine_function(self):
        async def fetch():
            return 1

        self.assertTrue(inspect.iscoroutinefunction(timed(lambda s: None)(fetch)))

    def test_times_the_whole_await(self):
        clock, timings = FakeClock(), []

        @timed(timings.append, clock=clock)
        async def fetch(x):
            clock.advance(1.0)
            await asyncio.sleep(0)
            clock.advance(2.0)
            return x * 10

        self.assertEqual(asyncio.run(fetch(4)), 40)
        self.assertEqual(len(timings), 1)
        self.assertAlmostEqual(timings[0], 3.0)

    def test_nothing_recorded_until_awaited(self):
        timings = []

        @timed(timings.append, clock=FakeClock())
        async def job():
            return "ok"

        coro = job()
        self.assertEqual(timings, [])
        self.assertEqual(asyncio.run(coro), "ok")
        self.assertEqual(len(timings), 1)

    def test_async_exception_recorded_and_reraised(self):
        clock, timings = FakeClock(), []

        @timed(timings.append, clock=clock)
        async def broken():
            await asyncio.sleep(0)
            clock.advance(0.5)
            raise KeyError("missing")

        with self.assertRaises(KeyError):
            asyncio.run(broken())
        self.assertEqual(len(timings), 1)
        self.assertAlmostEqual(timings[0], 0.5)

    def test_async_default_clock(self):
        timings = []

        @timed(timings.append)
        async def nap():
            await asyncio.sleep(0.03)

        asyncio.run(nap())
        self.assertEqual(len(timings), 1)
        self.assertGreaterEqual(timings[0], 0.02)
        self.assertLess(timings[0], 5.0)


if __name__ == "__main__":
    unittest.main()
