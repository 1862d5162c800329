import ast
import inspect
import unittest

import solution
from solution import TwoStackQueue
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 5.0


class TestTwoStackQueue(TimedTestCase):
    def test_fifo_order(self):
        q = TwoStackQueue()
        for x in (1, 2, 3):
            q.enqueue(x)
        self.assertEqual([q.dequeue(), q.dequeue(), q.dequeue()], [1, 2, 3])

    def test_new_queue_is_empty(self):
        q = TwoStackQueue()
        self.assertTrue(q.is_empty())
        self.assertEqual(len(q), 0)

    def test_dequeue_empty_raises(self):
        q = TwoStackQueue()
        with self.assertRaises(IndexError):
            q.dequeue()
        q.enqueue("a")
        q.dequeue()
        with self.assertRaises(IndexError):
            q.dequeue()

    def test_peek_empty_raises(self):
        q = TwoStackQueue()
        with self.assertRaises(IndexError):
            q.peek()
        q.enqueue("a")
        self.assertEqual(q.dequeue(), "a")
        with self.assertRaises(IndexError):
            q.peek()

    def test_peek_does_not_remove(self):
        q = TwoStackQueue()
        q.enqueue("x")
        q.enqueue("y")
        self.assertEqual(q.peek(), "x")
        self.assertEqual(q.peek(), "x")
        self.assertEqual(len(q), 2)
        self.assertEqual(q.dequeue(), "x")

    def test_interleaved_operations(self):
        q = TwoStackQueue()
        q.enqueue(1)
        q.enqueue(2)
        self.assertEqual(q.dequeue(), 1)
        q.enqueue(3)
        self.assertEqual(q.peek(), 2)
        q.enqueue(4)
        self.assertEqual(q.dequeue(), 2)
        self.assertEqual(q.dequeue(), 3)
        q.enqueue(5)
        self.assertEqual([q.dequeue(), q.dequeue()], [4, 5])
        self.assertTrue(q.is_empty())

    def test_size_tracks_operations(self):
        q = TwoStackQueue()
        for i in range(5):
            q.enqueue(i)
        q.dequeue()
        q.enqueue(99)
        q.dequeue()
        self.assertEqual(len(q), 4)
        self.assertFalse(q.is_empty())

    def test_none_and_duplicates_are_valid_items(self):
        q = TwoStackQueue()
        for x in (None, 0, None, 0):
            q.enqueue(x)
        self.assertIsNone(q.peek())
        self.assertEqual([q.dequeue() for _ in range(4)], [None, 0, None, 0])
        self.assertTrue(q.is_empty())

    def test_refill_only_when_the_outbox_is_empty(self):
        q = TwoStackQueue()
        out = []
        for i in range(6):
            q.enqueue(2 * i)
            q.enqueue(2 * i + 1)
            out.append(q.dequeue())
        while not q.is_empty():
            out.append(q.dequeue())
        self.assertEqual(out, list(range(12)))

    def test_only_stack_operations_in_the_source(self):
        tree = ast.parse(inspect.getsource(solution))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    self.assertNotIn(alias.name, ("collections", "queue"), "use two lists as stacks")
            if isinstance(node, ast.ImportFrom):
                self.assertNotIn(node.module, ("collections", "queue"), "use two lists as stacks")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                self.assertNotIn(node.func.attr, ("insert", "popleft", "appendleft"),
                                 f"line {node.lineno}: only append, pop(), [-1] and len() are allowed")
                if node.func.attr == "pop":
                    self.assertEqual(node.args, [], f"line {node.lineno}: pop() only from the end, without an index")
            if isinstance(node, ast.Delete):
                self.fail(f"line {node.lineno}: del is not a stack operation")
            if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
                self.fail(f"line {node.lineno}: slicing is not a stack operation")

    def test_many_operations_amortised_constant(self):
        q = TwoStackQueue()
        nxt = expected = mismatches = 0
        for _ in range(100_000):
            q.enqueue(nxt)
            nxt += 1
        for _ in range(200_000):
            q.enqueue(nxt)
            nxt += 1
            if q.dequeue() != expected:
                mismatches += 1
            expected += 1
        size_before_drain = len(q)
        while not q.is_empty():
            if q.dequeue() != expected:
                mismatches += 1
            expected += 1
        self.assertEqual((mismatches, expected, size_before_drain), (0, 300_000, 100_000))


if __name__ == "__main__":
    unittest.main()
