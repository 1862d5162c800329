import ast
import inspect
import random
import threading
import unittest

import solution
from solution import MinHeap


def run_with_time_limit(fn, seconds):
    """Run fn() in a daemon thread and return its result.

    A solution that is too slow makes the test fail after `seconds`
    instead of hanging the whole test run.
    """
    box = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised in the test thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise AssertionError(f"took longer than {seconds} s: check the complexity")
    if "error" in box:
        raise box["error"]
    return box["value"]


def drain(heap):
    return [heap.pop() for _ in range(heap.size())]


class TestMinHeap(unittest.TestCase):
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

    def test_does_not_import_heapq(self):
        tree = ast.parse(inspect.getsource(solution))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                self.assertNotIn("heapq", [alias.name for alias in node.names])
            if isinstance(node, ast.ImportFrom):
                self.assertNotEqual(node.module, "heapq")

    def test_large_heap_is_logarithmic(self):
        rng = random.Random(2024)
        values = [rng.randrange(1_000_000) for _ in range(100_000)]

        def work():
            h = MinHeap(values)            # O(n) construction
            out = []
            for i in range(20_000):
                h.push(2_000_000 + i)      # larger than every initial value
                out.append(h.pop())
            return out, h.size()

        out, size = run_with_time_limit(work, 5.0)
        self.assertEqual(out, sorted(values)[:20_000])
        self.assertEqual(size, 100_000)

    def test_many_pushes_then_pops(self):
        rng = random.Random(99)
        values = [rng.randint(-1_000, 1_000) for _ in range(10_000)]
        h = MinHeap()
        for v in values:
            h.push(v)
        self.assertEqual(drain(h), sorted(values))

if __name__ == "__main__":
    unittest.main()
