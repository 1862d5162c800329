import copy
import unittest

from solution import flatten
from timed_test import TimedTestCase, run_with_time_limit


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
