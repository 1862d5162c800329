import ast
import inspect
import random
import unittest

import solution
from solution import MinHeap
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertSameList(self, got, want):
        """Compare long lists by length and first difference (unittest's diff of long lists is slow)."""
        got = list(got)
        self.assertEqual(len(got), len(want), "wrong number of items")
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                self.fail(f"first difference at index {i}: got {g!r}, expected {w!r}")


class Counted(float):
    """A float that counts how often it is compared."""

    comparisons = 0

    def __lt__(self, other):
        Counted.comparisons += 1
        return float.__lt__(self, other)

    def __le__(self, other):
        Counted.comparisons += 1
        return float.__le__(self, other)

    def __gt__(self, other):
        Counted.comparisons += 1
        return float.__gt__(self, other)

    def __ge__(self, other):
        Counted.comparisons += 1
        return float.__ge__(self, other)


def drain(heap):
    return [heap.pop() for _ in range(heap.size())]


class TestMinHeap(TimedTestCase):
    def test_push_pop_in_order(self):
        h = MinHeap()
        for x in (5, 3, 8, 1, 9, 2):
            h.push(x)
        self.assertEqual(drain(h), [1, 2, 3, 5, 8, 9])

    def test_example(self):
        h = MinHeap([5, 3, 8])
        h.push(1)
        self.assertEqual(h.peek(), 1)
        self.assertEqual(h.pop(), 1)
        self.assertEqual(h.pop(), 3)
        self.assertEqual(h.size(), 2)

    def test_empty_heap(self):
        h = MinHeap()
        self.assertEqual(h.size(), 0)
        with self.assertRaises(IndexError):
            h.pop()
        with self.assertRaises(IndexError):
            h.peek()

    def test_single_element(self):
        h = MinHeap()
        h.push(42)
        self.assertEqual(h.peek(), 42)
        self.assertEqual(h.pop(), 42)
        self.assertEqual(h.size(), 0)
        with self.assertRaises(IndexError):
            h.pop()

    def test_peek_does_not_remove(self):
        h = MinHeap([4, 2])
        self.assertEqual(h.peek(), 2)
        self.assertEqual(h.peek(), 2)
        self.assertEqual(h.size(), 2)

    def test_duplicates_negatives_and_floats(self):
        h = MinHeap([3, -1, 2.5, -1, 0, 3, -7.25])
        self.assertEqual(drain(h), [-7.25, -1, -1, 0, 2.5, 3, 3])

    def test_constructor_copies_input(self):
        items = [9, 4, 7, 1]
        h = MinHeap(items)
        h.push(0)
        h.pop()
        self.assertEqual(items, [9, 4, 7, 1])
        self.assertEqual(drain(h), [1, 4, 7, 9])

    def test_interleaved_against_sorted_list(self):
        rng = random.Random(7)
        h = MinHeap()
        model = []
        for _ in range(2_000):
            if model and rng.random() < 0.4:
                model.sort()
                self.assertEqual(h.pop(), model.pop(0))
            else:
                x = rng.randint(-50, 50)
                h.push(x)
                model.append(x)
            self.assertEqual(h.size(), len(model))
            if model:
                self.assertEqual(h.peek(), min(model))

    def test_does_not_use_heapq(self):
        tree = ast.parse(inspect.getsource(solution))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                self.assertNotIn("heapq", [alias.name.split(".")[0] for alias in node.names])
            if isinstance(node, ast.ImportFrom):
                self.assertNotEqual((node.module or "").split(".")[0], "heapq")
            if isinstance(node, ast.Constant):
                self.assertNotEqual(node.value, "heapq", "imports heapq by name")

    def test_construction_is_linear_not_n_pushes(self):
        # Descending input is the worst case for both: bottom-up heapify needs about 2n
        # comparisons, n pushes need about n log2 n (each new item climbs to the root).
        n = 1024
        items = [Counted(n - i) for i in range(n)]
        Counted.comparisons = 0
        h = MinHeap(items)
        build = Counted.comparisons
        self.assertLessEqual(build, 4 * n, f"{build} comparisons to build from {n} items: not O(n)")
        self.assertSameList(drain(h), list(range(1, n + 1)))

    def test_push_and_pop_are_logarithmic_not_a_scan(self):
        n = 4096  # log2 n = 12
        h = MinHeap([Counted((i * 7919) % n) for i in range(n)])
        pairs = 200
        Counted.comparisons = 0
        popped = []
        for i in range(pairs):
            h.push(Counted(n + i))
            popped.append(h.pop())
        used = Counted.comparisons
        self.assertLessEqual(used, pairs * 4 * 12, f"{used} comparisons for {pairs} push/pop pairs on {n} items: not O(log n)")
        self.assertSameList(popped, list(range(pairs)))

    def test_large_heap_is_logarithmic(self):
        # About 1 s for O(log n) pop on a slow machine; scanning for the minimum takes minutes.
        rng = random.Random(2024)
        values = [rng.randrange(1_000_000) for _ in range(100_000)]

        def work():
            h = MinHeap(values)            # O(n) construction
            out = []
            for i in range(20_000):
                h.push(2_000_000 + i)      # larger than every initial value
                out.append(h.pop())
            return out, h.size()

        out, size = work()
        self.assertSameList(out, sorted(values)[:20_000])
        self.assertEqual(size, 100_000)

    def test_many_pushes_then_pops(self):
        rng = random.Random(99)
        values = [rng.randint(-1_000, 1_000) for _ in range(3_000)]
        h = MinHeap()
        for v in values:
            h.push(v)
        self.assertSameList(drain(h), sorted(values))


if __name__ == "__main__":
    unittest.main()
