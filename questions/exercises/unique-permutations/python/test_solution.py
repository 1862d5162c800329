import json
import math
import os
import subprocess
import sys
import unittest

from solution import unique_permutations
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertAllDistinctPermutations(self, items, got, count):
        """got lists count distinct permutations of items, in strictly increasing (lexicographic) order."""
        self.assertEqual(len(got), count, "number of permutations")
        want = sorted(items)
        for p in got:
            if sorted(p) != want:
                self.fail(f"{p} is not a permutation of {items}")
        for a, b in zip(got, got[1:]):
            if not a < b:
                self.fail(f"not in lexicographic order, or repeated: {a} then {b}")


def run_with_cpu_limit(expression, seconds):
    """Evaluate `expression` with the solution in a fresh Python process limited to `seconds` of CPU time.

    A signal cannot interrupt a long loop inside C code (such as set(itertools.permutations(...))),
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


class TestUniquePermutations(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(unique_permutations([1, 2, 1]), [[1, 1, 2], [1, 2, 1], [2, 1, 1]])
        self.assertEqual(
            unique_permutations([1, 1, 2, 2]),
            [[1, 1, 2, 2], [1, 2, 1, 2], [1, 2, 2, 1], [2, 1, 1, 2], [2, 1, 2, 1], [2, 2, 1, 1]],
        )

    def test_distinct_items(self):
        self.assertEqual(unique_permutations([3, 1, 2]), [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]])
        self.assertEqual(unique_permutations([2, 1]), [[1, 2], [2, 1]])

    def test_empty_single_and_all_equal(self):
        self.assertEqual(unique_permutations([]), [[]])
        self.assertEqual(unique_permutations([7]), [[7]])
        self.assertEqual(unique_permutations([2, 2, 2]), [[2, 2, 2]])

    def test_strings(self):
        self.assertEqual(unique_permutations(["b", "a", "b"]), [["a", "b", "b"], ["b", "a", "b"], ["b", "b", "a"]])

    def test_numbers_compare_by_value(self):
        self.assertEqual(unique_permutations([10, 9]), [[9, 10], [10, 9]])

    def test_multinomial_count(self):
        items = [1, 0, 2, 1, 0, 1]  # two 0s, three 1s, one 2: 6! / (2! 3! 1!) = 60
        self.assertAllDistinctPermutations(items, unique_permutations(items), 60)

    def test_each_result_is_its_own_list(self):
        result = unique_permutations([1, 2, 3])
        self.assertEqual(len({id(p) for p in result}), 6)
        result[0].append(99)
        self.assertEqual(result[1], [1, 3, 2])

    def test_input_is_not_modified(self):
        items = [3, 1, 2, 1]
        unique_permutations(items)
        self.assertEqual(items, [3, 1, 2, 1])


class TestLargeInput(TimedTestCase):
    time_limit = 5.0

    def test_eight_ones_and_eight_twos(self):
        items = [2, 1] * 8
        got = run_with_cpu_limit(f"unique_permutations({items})", 4.0)
        self.assertAllDistinctPermutations(items, got, math.comb(16, 8))  # 12,870 of 16! orderings
        self.assertEqual((got[0], got[-1]), ([1] * 8 + [2] * 8, [2] * 8 + [1] * 8))


if __name__ == "__main__":
    unittest.main()
