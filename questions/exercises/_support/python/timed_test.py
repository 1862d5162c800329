"""The CPU-time limits of an exercise's tests, shared by every exercise.

test_solution.py imports it from beside itself, where scaffolding puts it. Edit the tests, not this
file: a test class sets its own limit with `time_limit = 3.0` (seconds of CPU time), and what a
timeout tells the user to check with `timeout_hint`.

The limits count the CPU time this process uses (ITIMER_PROF), not the wall clock, so a busy machine
slows a correct solution down without making it fail.
"""

import signal
import unittest

# Frames of this file are left out of the tracebacks unittest prints, as its own are.
__unittest = True

DEFAULT_HINT = "check for an endless loop or a slow algorithm"

# The test running now, and the first one that ran out of CPU time. A solution stuck in an endless
# loop would hang in test after test, each up to its limit, and the whole run could be stopped from
# outside before it reported anything: once one test has run out of time, every later one fails at
# once instead.
_running = None
_ran_out = None


def _out_of_time(seconds, hint):
    global _ran_out
    if _ran_out is None:
        _ran_out = _running or "a test"
    return TimeoutError(f"used more than {seconds} s of CPU time" + (f": {hint}" if hint else ""))


class TimedTestCase(unittest.TestCase):
    """Each test fails with a TimeoutError after `time_limit` seconds of CPU time instead of hanging.

    After the first test that runs out of time, the remaining tests fail without running.
    """

    time_limit = 2.0
    timeout_hint = DEFAULT_HINT

    def setUp(self):
        global _running
        if _ran_out is not None:
            self.fail(f"not run: an earlier test ran out of CPU time ({_ran_out})")
        _running = self.id().split(".", 1)[-1]
        if hasattr(signal, "SIGPROF"):
            def on_limit(signum, frame):
                raise _out_of_time(self.time_limit, self.timeout_hint)

            signal.signal(signal.SIGPROF, on_limit)
            # Repeats every 0.25 s, so a test that swallows the first TimeoutError is stopped too.
            signal.setitimer(signal.ITIMER_PROF, self.time_limit, 0.25)
            self.addCleanup(signal.setitimer, signal.ITIMER_PROF, 0)

    def subTest(self, *args, **params):
        # A subTest records the TimeoutError and lets the test go on to the next one: once the time
        # has run out, the next subTest ends the test instead of running into the limit again.
        if _ran_out is not None:
            raise TimeoutError(f"out of CPU time: the remaining subtests were not run ({_ran_out})")
        return super().subTest(*args, **params)


def run_with_time_limit(fn, seconds, hint=DEFAULT_HINT):
    """Returns fn(), failing with a TimeoutError once it has used `seconds` of CPU time.

    For a large input that needs more than its test's `time_limit`: the test's own limit is paused
    meanwhile, and goes on where it was once fn returns.
    """
    if not hasattr(signal, "SIGPROF"):
        return fn()

    def on_limit(signum, frame):
        raise _out_of_time(seconds, hint)

    previous = signal.signal(signal.SIGPROF, on_limit)
    # Repeats every 0.25 s, in case the solution swallows the first TimeoutError.
    paused = signal.setitimer(signal.ITIMER_PROF, seconds, 0.25)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        if paused[0] > 0:
            signal.setitimer(signal.ITIMER_PROF, *paused)


def first_difference(actual, expected):
    """Describes the first difference between two sequences (None if equal) without a slow diff."""
    for i, (a, e) in enumerate(zip(actual, expected)):
        if a != e:
            return f"first difference at index {i}: {a!r} != {e!r}"
    if len(actual) != len(expected):
        return f"lengths differ: {len(actual)} != {len(expected)}"
    return None
