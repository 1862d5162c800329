import copy
import signal
import unittest

from solution import flatten


class TimedTestCase(unittest.TestCase):
    """Each test fails with a TimeoutError after `time_limit` seconds of CPU time instead of hanging.

    The limit counts the CPU time this process uses (ITIMER_PROF), not the wall clock, so a busy
    machine slows a correct solution down without making it fail.
    """

    time_limit = 2.0

    def setUp(self):
        if hasattr(signal, "SIGPROF"):
            def on_limit(signum, frame):
                raise TimeoutError(f"used more than {self.time_limit} s of CPU time: check for an endless loop")

            signal.signal(signal.SIGPROF, on_limit)
            # Repeats every 0.25 s, so a subTest that swallows the first TimeoutError is stopped too.
            signal.setitimer(signal.ITIMER_PROF, self.time_limit, 0.25)
            self.addCleanup(signal.setitimer, signal.ITIMER_PROF, 0)


def run_with_time_limit(fn, seconds):
    """Return fn(), failing with a TimeoutError once it has used `seconds` of CPU time.

    The limit counts the CPU time this process uses (ITIMER_PROF), not the wall clock, so a busy
    machine slows a correct solution down without making it fail, while a slow or endless one
    still fails instead of hanging the run.
    """
    if not hasattr(signal, "SIGPROF"):
        return fn()

    def on_limit(signum, frame):
        raise TimeoutError(f"used more than {seconds} s of CPU time: check the complexity")

    previous = signal.signal(signal.SIGPROF, on_limit)
    # Repeats every 0.25 s, in case the solution swallows the first TimeoutError.
    signal.setitimer(signal.ITIMER_PROF, seconds, 0.25)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


class TestFlatten(TimedTestCase):
    def test_nested_example(self):
        self.assertEqual(flatten([1, [2, [3, [4]]], 5]), [1, 2, 3, 4, 5])

    def test_empty(self):
        self.assertEqual(flatten([]), [])

    def test_only_empty_sublists(self):
        self.assertEqual(flatten([[], [[]], [[], [[]]]]), [])

    def test_already_flat_returns_new_list(self):
        data = [1, 2, 3]
        result = flatten(data)
        self.assertEqual(result, [1, 2, 3])
        self.assertIsNot(result, data)

    def test_strings_are_leaves(self):
        self.assertEqual(flatten(["ab", ["cd", ["e"]], ""]), ["ab", "cd", "e", ""])

    def test_other_leaves_kept_as_is(self):
        d = {"a": [1, 2]}
        result = flatten([None, [0, [False]], (1, [2]), [d]])
        self.assertEqual(result, [None, 0, False, (1, [2]), d])
        self.assertIs(result[-1], d)

    def test_order_is_left_to_right(self):
        self.assertEqual(flatten([[1, [2, 3]], 4, [[5], 6], [[[7]]], 8]),
                         [1, 2, 3, 4, 5, 6, 7, 8])

    def test_shared_sublist_expanded_each_time(self):
        shared = [1, 2]
        self.assertEqual(flatten([shared, [shared], 3]), [1, 2, 1, 2, 3])

    def test_input_not_modified(self):
        data = [1, [2, [3, []]], [[4]]]
        before = copy.deepcopy(data)
        flatten(data)
        self.assertEqual(data, before)

    def test_very_deep_nesting(self):
        depth = 50_000
        nested = [0]
        for i in range(1, depth + 1):
            nested = [nested, i]  # [[[[0], 1], 2], ...]
        result = run_with_time_limit(lambda: flatten(nested), 5.0)
        self.assertEqual(len(result), depth + 1)
        self.assertEqual(result[:3], [0, 1, 2])
        self.assertEqual(result[-1], depth)

    def test_wide_input_is_linear(self):
        # 1,000,000 items side by side: a linear pass takes a fraction of a second, while copying the
        # pending items or the output at every step (pop(0), inserting at the front, out = out + [x])
        # takes minutes, far beyond the limit however loaded the machine is.
        n = 1_000_000
        data = [[i, [i]] if i % 100 == 0 else i for i in range(n)]
        result = run_with_time_limit(lambda: flatten(data), 5.0)
        self.assertEqual(len(result), n + n // 100)
        self.assertEqual(result[:4], [0, 0, 1, 2])
        self.assertEqual(result[-1], n - 1)

if __name__ == "__main__":
    unittest.main()
