import asyncio
import unittest

from solution import run_bounded
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 3.0
    timeout_hint = "check for a busy loop"

    def run_async(self, body, seconds=2.0):
        """Run the coroutine function `body` in a fresh event loop; a stuck await fails after `seconds`."""
        async def guarded():
            try:
                return await asyncio.wait_for(body(), seconds)
            except asyncio.TimeoutError:
                raise AssertionError(f"the test did not finish within {seconds} s: is something waiting forever?") from None

        return asyncio.run(guarded())


class Gated:
    """Tasks that record when they start and finish only when the test opens their gate."""

    def __init__(self, n, fail=()):
        self.gates = [asyncio.Event() for _ in range(n)]
        self.started, self.calls, self.cancelled = [], [0] * n, []
        self.fail = set(fail)

    def task(self, i):
        async def run():
            self.started.append(i)
            try:
                await self.gates[i].wait()
            except asyncio.CancelledError:
                self.cancelled.append(i)
                raise
            if i in self.fail:
                raise RuntimeError(f"task {i} failed")
            return i * 10

        def start():
            self.calls[i] += 1
            return run()

        return start

    def tasks(self):
        return [self.task(i) for i in range(len(self.gates))]


async def settle(rounds=50):
    """Let the event loop run everything that is ready."""
    for _ in range(rounds):
        await asyncio.sleep(0)


async def until(condition, what, seconds=1.0):
    """Wait until condition() holds; fail after `seconds`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"gave up waiting: {what}")
        await asyncio.sleep(0.001)
    await settle()


class TestRunBounded(TimedTestCase):
    def test_example_from_prompt(self):
        async def body():
            g = Gated(5)
            job = asyncio.ensure_future(run_bounded(g.tasks(), 2))
            await until(lambda: len(g.started) >= 2, "two tasks start")
            self.assertEqual(g.started, [0, 1], "exactly `limit` tasks start at once")
            g.gates[1].set()
            await until(lambda: len(g.started) >= 3, "a task starts when task 1 finishes")
            self.assertEqual(g.started, [0, 1, 2], "the freed slot is refilled at once, while task 0 still runs")
            g.gates[0].set()
            await until(lambda: len(g.started) >= 4, "a task starts when task 0 finishes")
            self.assertEqual(g.started, [0, 1, 2, 3])
            for i in (4, 3, 2):
                g.gates[i].set()
            self.assertEqual(await job, [0, 10, 20, 30, 40])
            self.assertEqual(g.calls, [1] * 5, "each task is started exactly once")

        self.run_async(body)

    def test_results_follow_the_input_order(self):
        async def body():
            g = Gated(4)
            job = asyncio.ensure_future(run_bounded(g.tasks(), 4))
            await until(lambda: len(g.started) == 4, "all four tasks start")
            for i in (3, 1, 0, 2):
                g.gates[i].set()
                await settle()
            self.assertEqual(await job, [0, 10, 20, 30])

        self.run_async(body)

    def test_limit_one_runs_one_at_a_time(self):
        async def body():
            g = Gated(3)
            job = asyncio.ensure_future(run_bounded(g.tasks(), 1))
            await until(lambda: len(g.started) >= 1, "the first task starts")
            self.assertEqual(g.started, [0])
            g.gates[0].set()
            await until(lambda: len(g.started) >= 2, "the second task starts")
            self.assertEqual(g.started, [0, 1])
            g.gates[1].set()
            g.gates[2].set()
            self.assertEqual(await job, [0, 10, 20])

        self.run_async(body)

    def test_limit_above_the_number_of_tasks(self):
        async def body():
            g = Gated(3)
            for gate in g.gates:
                gate.set()
            self.assertEqual(await run_bounded(g.tasks(), 10), [0, 10, 20])
            self.assertEqual(g.calls, [1, 1, 1])

        self.run_async(body)

    def test_never_more_than_limit_in_flight(self):
        async def body():
            running = peak = 0

            def make(i):
                async def run():
                    nonlocal running, peak
                    running += 1
                    peak = max(peak, running)
                    await asyncio.sleep(0.001 * (i % 4))
                    running -= 1
                    return i

                return run

            self.assertEqual(await run_bounded([make(i) for i in range(30)], 3), list(range(30)))
            self.assertEqual(peak, 3)

        self.run_async(body)

    def test_empty(self):
        self.assertEqual(self.run_async(lambda: run_bounded([], 3)), [])

    def test_a_failure_stops_the_pool(self):
        async def body():
            g = Gated(5, fail={1})
            job = asyncio.ensure_future(run_bounded(g.tasks(), 2))
            await until(lambda: len(g.started) >= 2, "two tasks start")
            g.gates[1].set()  # task 1 fails while task 0 is still waiting
            with self.assertRaisesRegex(RuntimeError, "task 1 failed"):
                await asyncio.wait_for(job, 1.0)
            await settle()
            self.assertEqual(g.started, [0, 1], "no task starts after the failure")
            self.assertEqual(g.cancelled, [0], "the task still running is cancelled")

        self.run_async(body)

    def test_invalid_limit(self):
        for limit in (0, -1, 1.5, True, None):
            with self.subTest(limit=limit):
                with self.assertRaises(ValueError):
                    self.run_async(lambda: run_bounded([], limit))


if __name__ == "__main__":
    unittest.main()
