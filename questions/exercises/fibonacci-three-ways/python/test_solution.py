import threading
import unittest

from solution import fib_memo, fib_recursive, fib_tabulated

FIRST_21 = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987,
            1597, 2584, 4181, 6765]
F100 = 354224848179261915075
F150 = 9969216677189303386214405760200


def call_with_time_limit(fn, arg, seconds):
    """Run fn(arg) in a daemon thread; fail instead of hanging if it is too slow."""
    box = {}

    def run():
        try:
            box["value"] = fn(arg)
        except BaseException as exc:  # re-raised in the test thread
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise AssertionError(f"{fn.__name__}({arg}) took longer than {seconds} s")
    if "error" in box:
        raise box["error"]
    return box["value"]


class TestFibonacci(unittest.TestCase):
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

    def test_memo_is_fast(self):
        self.assertEqual(call_with_time_limit(fib_memo, 100, 5.0), F100)
        self.assertEqual(call_with_time_limit(fib_memo, 150, 5.0), F150)

    def test_tabulated_is_fast(self):
        self.assertEqual(call_with_time_limit(fib_tabulated, 100, 5.0), F100)
        self.assertEqual(call_with_time_limit(fib_tabulated, 150, 5.0), F150)

    def test_tabulated_large_n(self):
        f1000 = call_with_time_limit(fib_tabulated, 1000, 5.0)
        self.assertEqual(len(str(f1000)), 209)
        self.assertTrue(str(f1000).startswith("43466557686937456435"))
        self.assertTrue(str(f1000).endswith("76137795166849228875"))

    def test_memo_and_tabulated_agree(self):
        for n in (30, 64, 79, 200, 300):
            with self.subTest(n=n):
                self.assertEqual(call_with_time_limit(fib_memo, n, 5.0),
                                 call_with_time_limit(fib_tabulated, n, 5.0))

    def test_addition_identity(self):
        # F(m + n) = F(m) * F(n + 1) + F(m - 1) * F(n)
        m, n = 400, 600
        self.assertEqual(
            fib_tabulated(m + n),
            fib_tabulated(m) * fib_tabulated(n + 1) + fib_tabulated(m - 1) * fib_tabulated(n),
        )


if __name__ == "__main__":
    unittest.main()
