import threading
import unittest

from solution import TwoStackQueue


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


class TestTwoStackQueue(unittest.TestCase):
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
        with self.assertRaises(IndexError):
            TwoStackQueue().peek()

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

    def test_many_operations_amortised_constant(self):
        def work():
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
            return mismatches, expected, size_before_drain

        self.assertEqual(run_with_time_limit(work, 5.0), (0, 300_000, 100_000))


if __name__ == "__main__":
    unittest.main()
