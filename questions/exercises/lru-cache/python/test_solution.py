import ast
import inspect
import unittest

import solution
from solution import LRUCache
from timed_test import TimedTestCase, run_with_time_limit

MISSING = object()


class TestLRUCache(TimedTestCase):
    def test_example_sequence(self):
        c = LRUCache(2)
        c.put(1, "a")
        c.put(2, "b")
        self.assertEqual(c.get(1), "a")
        c.put(3, "c")  # evicts 2
        self.assertIsNone(c.get(2))
        c.put(4, "d")  # evicts 1
        self.assertIsNone(c.get(1))
        self.assertEqual(c.get(3), "c")
        self.assertEqual(c.get(4), "d")

    def test_missing_key_returns_default(self):
        c = LRUCache(3)
        self.assertIsNone(c.get("nope"))
        self.assertEqual(c.get("nope", -1), -1)

    def test_none_value_is_not_missing(self):
        c = LRUCache(2)
        c.put("a", None)
        self.assertIsNone(c.get("a", MISSING))
        self.assertIs(c.get("b", MISSING), MISSING)

    def test_update_existing_key_refreshes_and_does_not_evict(self):
        c = LRUCache(2)
        c.put(1, 1)
        c.put(2, 2)
        c.put(1, 10)  # update: 1 becomes most recent, nothing evicted
        self.assertEqual(len(c), 2)
        c.put(3, 3)   # evicts 2
        self.assertEqual(c.get(1), 10)
        self.assertIs(c.get(2, MISSING), MISSING)
        self.assertEqual(c.get(3), 3)

    def test_update_in_a_full_cache_evicts_nothing(self):
        c = LRUCache(2)
        c.put(1, 1)
        c.put(2, 2)
        c.put(2, 20)  # 2 is already cached: the full cache must not make room
        self.assertEqual(len(c), 2)
        self.assertEqual(c.get(1), 1)
        self.assertEqual(c.get(2), 20)

    def test_get_refreshes_recency(self):
        c = LRUCache(3)
        for k in "abc":
            c.put(k, k.upper())
        c.get("a")        # order (old -> new): b, c, a
        c.put("d", "D")   # evicts b
        self.assertIs(c.get("b", MISSING), MISSING)
        self.assertEqual([c.get(k) for k in "acd"], ["A", "C", "D"])

    def test_missing_get_does_not_change_order(self):
        c = LRUCache(2)
        c.put(1, 1)
        c.put(2, 2)
        c.get(99)
        c.put(3, 3)  # still evicts 1
        self.assertIs(c.get(1, MISSING), MISSING)
        self.assertEqual(c.get(2), 2)

    def test_capacity_one(self):
        c = LRUCache(1)
        c.put("x", 1)
        c.put("y", 2)
        self.assertIs(c.get("x", MISSING), MISSING)
        self.assertEqual(c.get("y"), 2)
        self.assertEqual(len(c), 1)

    def test_size_never_exceeds_capacity(self):
        c = LRUCache(3)
        self.assertEqual(len(c), 0)
        for i in range(10):
            c.put(i, i)
            self.assertEqual(len(c), min(i + 1, 3))

    def test_invalid_capacity(self):
        with self.assertRaises(ValueError):
            LRUCache(0)
        with self.assertRaises(ValueError):
            LRUCache(-5)

    def test_keeps_its_own_recency_order(self):
        # The prompt asks for the bookkeeping by hand: no OrderedDict, no oldest key from a dict's order.
        tree = ast.parse(inspect.getsource(solution))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                self.assertNotEqual(node.id, "OrderedDict", "uses OrderedDict")
            if isinstance(node, ast.alias):
                self.assertNotEqual(node.name.split(".")[-1], "OrderedDict", "imports OrderedDict")
            if isinstance(node, ast.Attribute):
                self.assertNotIn(node.attr, ("OrderedDict", "move_to_end", "popitem"), f"uses .{node.attr}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "next":
                inner = node.args[0] if node.args else None
                self.assertFalse(
                    isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "iter",
                    "next(iter(...)) takes the oldest key from a dict's insertion order",
                )

    def test_large_workload_is_constant_time_per_operation(self):
        def work():
            c = LRUCache(100_000)
            for i in range(100_000):
                c.put(i, i * 2)
            hits = 0
            for i in range(99_999, -1, -1):  # reverse order: 0 ends up most recent
                if c.get(i) is not None:
                    hits += 1
            for i in range(100_000, 150_000):
                c.put(i, i * 2)              # evicts 99,999 down to 50,000
            return (hits, len(c), c.get(50_000), c.get(49_999), c.get(99_999), c.get(149_999))

        result = run_with_time_limit(work, 5.0)
        self.assertEqual(result, (100_000, 100_000, None, 99_998, None, 299_998))


if __name__ == "__main__":
    unittest.main()
