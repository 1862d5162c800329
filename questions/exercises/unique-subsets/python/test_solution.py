import copy
import json
import os
import subprocess
import sys
import unittest

from solution import unique_subsets
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertDistinctSubsets(self, items, got, count):
        """got lists count distinct sub-multisets of items, each sorted, in strictly increasing order."""
        self.assertEqual(len(got), count, "number of subsets")
        for s in got:
            if s != sorted(s):
                self.fail(f"{s} is not in ascending order")
            for v in set(s):
                if s.count(v) > items.count(v):
                    self.fail(f"{s} is not a subset of {items}")
        for a, b in zip(got, got[1:]):
            if not a < b:
                self.fail(f"not in lexicographic order, or repeated: {a} then {b}")


def run_with_cpu_limit(expression, seconds):
    """Evaluate `expression` with the solution in a fresh Python process limited to `seconds` of CPU time.

    A signal cannot interrupt a long loop inside C code (such as set(itertools.combinations(...))),
    but the kernel stops a process at its CPU limit (RLIMIT_CPU); a process still running after three
    times the limit on the wall clock is killed as well.
    """
    limit = (
        f"import resource\nresource.setrlimit(resource.RLIMIT_CPU, ({int(seconds)}, {int(seconds) + 1}))\n"
        if sys.platform != "win32" else ""
    )
    code = f"{limit}import json\nfrom solution import *\nprint(json.dumps({expression}))"
    here = os.path.dirname(os.path.abspath(__file__))
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=here, capture_output=True, text=True, timeout=3 * seconds
        )
    except subprocess.TimeoutExpired:
        raise AssertionError(f"still running after {3 * seconds} s: check the complexity") from None
    if done.returncode != 0:
        raise AssertionError(f"stopped (CPU limit {seconds} s, or an error): {done.stderr[-2000:]}")
    return json.loads(done.stdout)


class TestUniqueSubsets(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(unique_subsets([2, 1, 2]), [[], [1], [1, 2], [1, 2, 2], [2], [2, 2]])

    def test_distinct_items(self):
        self.assertEqual(
            unique_subsets([3, 1, 2]),
            [[], [1], [1, 2], [1, 2, 3], [1, 3], [2], [2, 3], [3]],
        )

    def test_empty_single_and_all_equal(self):
        self.assertEqual(unique_subsets([]), [[]])
        self.assertEqual(unique_subsets([7]), [[], [7]])
        self.assertEqual(unique_subsets([2, 2, 2]), [[], [2], [2, 2], [2, 2, 2]])

    def test_repeats_of_two_values(self):
        self.assertEqual(
            unique_subsets([1, 2, 1, 2]),
            [[], [1], [1, 1], [1, 1, 2], [1, 1, 2, 2], [1, 2], [1, 2, 2], [2], [2, 2]],
        )

    def test_strings(self):
        self.assertEqual(
            unique_subsets(["b", "a", "b"]),
            [[], ["a"], ["a", "b"], ["a", "b", "b"], ["b"], ["b", "b"]],
        )

    def test_numbers_compare_by_value(self):
        self.assertEqual(unique_subsets([10, 9]), [[], [9], [9, 10], [10]])

    def test_count_is_product_of_counts_plus_one(self):
        items = [3, 1, 2, 1, 2, 2, 0]  # counts 1, 2, 3, 1 of 0, 1, 2, 3: 2 * 3 * 4 * 2 = 48
        self.assertDistinctSubsets(items, unique_subsets(items), 48)

    def test_input_not_modified(self):
        items = [2, 1, 2]
        before = copy.deepcopy(items)
        unique_subsets(items)
        self.assertEqual(items, before)

    def test_results_are_independent_lists(self):
        got = unique_subsets([1, 1])
        got[1].append(99)
        self.assertEqual(got[2], [1, 1])
        self.assertEqual(unique_subsets([1, 1]), [[], [1], [1, 1]])

    def test_many_repeats_without_generating_duplicates(self):
        items = [1, 2] * 20  # 21 * 21 = 441 distinct subsets out of 2**40 choices of positions
        got = run_with_cpu_limit(f"unique_subsets({items!r})", 5)
        self.assertDistinctSubsets(items, got, 441)
        self.assertEqual(got[:3], [[], [1], [1, 1]])
        self.assertEqual(got[-1], [2] * 20)


if __name__ == "__main__":
    unittest.main()
