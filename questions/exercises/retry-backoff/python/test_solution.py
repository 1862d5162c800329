import unittest

from solution import retry
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertDelays(self, got, expected):
        self.assertEqual(len(got), len(expected), f"slept {got}, expected {expected}")
        for i, (g, e) in enumerate(zip(got, expected)):
            self.assertAlmostEqual(g, e, places=12, msg=f"wait {i + 1}: slept {got}, expected {expected}")


class Transient(Exception):
    """A retryable error (a timeout, a 503)."""


class Fatal(Exception):
    """A non-retryable error (a 400, a bad credential)."""


class Stop(BaseException):
    """Not an Exception: like KeyboardInterrupt, it must never be caught."""


def retryable(error):
    return isinstance(error, Transient)


class Script:
    """fn for retry(): each call takes the next outcome; an exception instance is raised, anything else returned."""

    def __init__(self, *outcomes):
        self.outcomes = list(outcomes)
        self.calls = 0

    def __call__(self):
        outcome = self.outcomes[self.calls]
        self.calls += 1
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


class FakeTime:
    """Records the waits instead of sleeping, and hands out scripted random numbers."""

    def __init__(self, *randoms):
        self.slept = []
        self.randoms = list(randoms)
        self.random_calls = 0

    def sleep(self, seconds):
        self.slept.append(seconds)

    def random(self):
        value = self.randoms[self.random_calls % len(self.randoms)]
        self.random_calls += 1
        return value


def run(fn, fake, max_attempts=5, base_delay=0.1, max_delay=1.0, is_retryable=retryable):
    return retry(fn, max_attempts=max_attempts, base_delay=base_delay, max_delay=max_delay,
                 is_retryable=is_retryable, sleep=fake.sleep, random=fake.random)


class TestRetry(TimedTestCase):
    def test_first_success_returns_at_once(self):
        fn, fake = Script("ok"), FakeTime(0.5)
        self.assertEqual(run(fn, fake), "ok")
        self.assertEqual(fn.calls, 1)
        self.assertEqual(fake.slept, [])

    def test_example_from_prompt(self):
        # Two timeouts, then a result; random() returns 0.5: waits 0.5 * 0.1 and 0.5 * 0.2.
        fn, fake = Script(Transient(), Transient(), 42), FakeTime(0.5)
        self.assertEqual(run(fn, fake), 42)
        self.assertEqual(fn.calls, 3)
        self.assertDelays(fake.slept, [0.05, 0.1])

    def test_gives_up_after_max_attempts_with_the_last_error(self):
        errors = [Transient(f"attempt {i}") for i in range(1, 5)]
        fn, fake = Script(*errors, "never reached"), FakeTime(0.5)
        with self.assertRaises(Transient) as caught:
            run(fn, fake, max_attempts=4)
        self.assertIs(caught.exception, errors[-1], "must raise the last attempt's own error")
        self.assertEqual(fn.calls, 4)
        # No wait after the last attempt: 3 waits for 4 attempts.
        self.assertDelays(fake.slept, [0.05, 0.1, 0.2])

    def test_success_on_the_last_attempt(self):
        fn, fake = Script(Transient(), Transient(), "made it"), FakeTime(0.5)
        self.assertEqual(run(fn, fake, max_attempts=3), "made it")
        self.assertEqual(fn.calls, 3)

    def test_non_retryable_error_is_raised_at_once(self):
        fatal = Fatal("bad request")
        fn, fake = Script(fatal, "never reached"), FakeTime(0.5)
        with self.assertRaises(Fatal) as caught:
            run(fn, fake)
        self.assertIs(caught.exception, fatal)
        self.assertEqual((fn.calls, fake.slept), (1, []))

        fatal = Fatal("after a retry")
        fn, fake = Script(Transient(), fatal, "never reached"), FakeTime(0.5)
        with self.assertRaises(Fatal) as caught:
            run(fn, fake)
        self.assertIs(caught.exception, fatal)
        self.assertEqual(fn.calls, 2)
        self.assertDelays(fake.slept, [0.05])

    def test_is_retryable_sees_each_error(self):
        seen = []

        def predicate(error):
            seen.append(error)
            return True

        errors = [Transient("a"), Fatal("b")]
        fn, fake = Script(*errors, "ok"), FakeTime(0.5)
        self.assertEqual(run(fn, fake, is_retryable=predicate), "ok")
        self.assertEqual(seen, errors)

    def test_one_attempt_means_no_retry(self):
        error = Transient()
        fn, fake = Script(error, "never reached"), FakeTime(0.5)
        with self.assertRaises(Transient) as caught:
            run(fn, fake, max_attempts=1)
        self.assertIs(caught.exception, error)
        self.assertEqual((fn.calls, fake.slept), (1, []))

    def test_delays_double_up_to_the_cap(self):
        # base 1, cap 10, random() always 0.5: caps 1, 2, 4, 8, 10, 10, ... (8 attempts, 7 waits)
        fn, fake = Script(*[Transient() for _ in range(8)]), FakeTime(0.5)
        with self.assertRaises(Transient):
            run(fn, fake, max_attempts=8, base_delay=1.0, max_delay=10.0)
        self.assertDelays(fake.slept, [0.5, 1, 2, 4, 5, 5, 5])

    def test_full_jitter_scales_each_cap_by_random(self):
        # caps 0.1, 0.2, 0.4, 0.8, 1.0; one random() per wait, in order
        fn, fake = Script(*[Transient() for _ in range(5)], "ok"), FakeTime(0.0, 0.25, 0.9, 0.5, 0.999)
        self.assertEqual(run(fn, fake, max_attempts=6), "ok")
        self.assertDelays(fake.slept, [0.0, 0.05, 0.36, 0.4, 0.999])
        self.assertEqual(fake.random_calls, 5, "call random() once per wait")

    def test_jitter_stays_below_the_cap_when_random_is_near_one(self):
        fn, fake = Script(*[Transient() for _ in range(12)]), FakeTime(0.99)
        with self.assertRaises(Transient):
            run(fn, fake, max_attempts=12, base_delay=0.5, max_delay=4.0)
        caps = [0.5, 1, 2, 4, 4, 4, 4, 4, 4, 4, 4]
        self.assertDelays(fake.slept, [0.99 * c for c in caps])

    def test_zero_base_delay_never_waits(self):
        fn, fake = Script(Transient(), Transient(), "ok"), FakeTime(0.7)
        self.assertEqual(run(fn, fake, base_delay=0.0, max_delay=0.0), "ok")
        self.assertDelays(fake.slept, [0.0, 0.0])

    def test_base_exceptions_are_not_caught(self):
        fn, fake = Script(Stop(), "never reached"), FakeTime(0.5)
        with self.assertRaises(Stop):
            run(fn, fake, is_retryable=lambda error: True)
        self.assertEqual((fn.calls, fake.slept), (1, []))

    def test_invalid_arguments_are_rejected_before_calling(self):
        for kwargs in (
            dict(max_attempts=0),
            dict(max_attempts=-2),
            dict(max_attempts=2.5),
            dict(base_delay=-0.1),
            dict(base_delay=2.0, max_delay=1.0),
        ):
            with self.subTest(**kwargs):
                fn, fake = Script("ok"), FakeTime(0.5)
                with self.assertRaises(ValueError):
                    run(fn, fake, **kwargs)
                self.assertEqual(fn.calls, 0)

    def test_default_sleep_and_random(self):
        fn = Script(Transient(), "ok")
        result = retry(fn, max_attempts=2, base_delay=0.001, max_delay=0.001, is_retryable=retryable)
        self.assertEqual(result, "ok")


if __name__ == "__main__":
    unittest.main()
