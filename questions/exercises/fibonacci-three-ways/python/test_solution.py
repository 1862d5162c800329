import ast
import inspect
import unittest

import solution

from solution import fib_memo, fib_recursive, fib_tabulated
from timed_test import TimedTestCase

FIRST_21 = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987,
            1597, 2584, 4181, 6765]
F100 = 354224848179261915075
F150 = 9969216677189303386214405760200


def calls_in(node):
    """Names called anywhere inside node."""
    return {n.func.id for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


def is_recursive(func):
    """True if func, or a function defined inside it, calls itself by name."""
    for node in ast.walk(func):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in calls_in(node):
            return True
    return False


def function_def(name):
    tree = ast.parse(inspect.getsource(solution))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    raise AssertionError(f"{name} is not a plain top-level function")


class TestFibonacci(TimedTestCase):
    def test_base_cases(self):
        for fn in (fib_recursive, fib_memo, fib_tabulated):
            with self.subTest(fn=fn.__name__):
                self.assertEqual(fn(0), 0)
                self.assertEqual(fn(1), 1)

    def test_first_values_all_three(self):
        for fn in (fib_recursive, fib_memo, fib_tabulated):
            for n, expected in enumerate(FIRST_21):
                with self.subTest(fn=fn.__name__, n=n):
                    self.assertEqual(fn(n), expected)

    def test_recursive_small_n(self):
        self.assertEqual(fib_recursive(25), 75025)

    def test_negative_raises(self):
        for fn in (fib_recursive, fib_memo, fib_tabulated):
            with self.subTest(fn=fn.__name__):
                with self.assertRaises(ValueError):
                    fn(-1)

    def test_each_function_uses_its_technique(self):
        self.assertIn("fib_recursive", calls_in(function_def("fib_recursive")), "fib_recursive must call itself")
        self.assertTrue(is_recursive(function_def("fib_memo")), "fib_memo must be recursive (top-down with a cache)")
        tabulated = function_def("fib_tabulated")
        self.assertFalse(is_recursive(tabulated), "fib_tabulated must not recurse")
        self.assertFalse({"fib_recursive", "fib_memo"} & calls_in(tabulated), "fib_tabulated must not call the other versions")
        self.assertTrue(any(isinstance(n, (ast.For, ast.While)) for n in ast.walk(tabulated)), "fib_tabulated must loop")

    def test_memo_is_fast(self):
        self.assertEqual(fib_memo(100), F100)
        self.assertEqual(fib_memo(150), F150)

    def test_tabulated_is_fast(self):
        self.assertEqual(fib_tabulated(100), F100)
        self.assertEqual(fib_tabulated(150), F150)

    def test_tabulated_large_n(self):
        f1000 = fib_tabulated(1000)
        self.assertEqual(len(str(f1000)), 209)
        self.assertTrue(str(f1000).startswith("43466557686937456435"))
        self.assertTrue(str(f1000).endswith("76137795166849228875"))

    def test_memo_and_tabulated_agree(self):
        for n in (30, 64, 79, 200, 300):
            with self.subTest(n=n):
                self.assertEqual(fib_memo(n),
                                 fib_tabulated(n))

    def test_addition_identity(self):
        # F(m + n) = F(m) * F(n + 1) + F(m - 1) * F(n)
        m, n = 400, 600
        self.assertEqual(
            fib_tabulated(m + n),
            fib_tabulated(m) * fib_tabulated(n + 1) + fib_tabulated(m - 1) * fib_tabulated(n),
        )


if __name__ == "__main__":
    unittest.main()
