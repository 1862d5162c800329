import tracemalloc
import unittest

from solution import ListNode, find_cycle_start, has_cycle
import timed_test


def build(values, cycle_to=None):
    """Build a list from values; if cycle_to is an index, the tail points back to that node.

    Returns (head, nodes).
    """
    nodes = [ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    if cycle_to is not None:
        nodes[-1].next = nodes[cycle_to]
    return (nodes[0] if nodes else None), nodes


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 1.0
    timeout_hint = "an endless loop, or not O(n)"


class TestLinkedListCycle(TimedTestCase):
    def test_empty_list(self):
        self.assertFalse(has_cycle(None))
        self.assertIsNone(find_cycle_start(None))

    def test_single_node_without_cycle(self):
        head, _ = build([1])
        self.assertFalse(has_cycle(head))
        self.assertIsNone(find_cycle_start(head))

    def test_single_node_pointing_to_itself(self):
        head, nodes = build([1], cycle_to=0)
        self.assertTrue(has_cycle(head))
        self.assertIs(find_cycle_start(head), nodes[0])

    def test_straight_list(self):
        for n in range(2, 8):  # odd and even lengths: the fast pointer stops on the last node or past it
            with self.subTest(n=n):
                head, _ = build(list(range(n)))
                self.assertFalse(has_cycle(head))
                self.assertIsNone(find_cycle_start(head))

    def test_two_nodes_cycle(self):
        head, nodes = build([1, 2], cycle_to=0)
        self.assertTrue(has_cycle(head))
        self.assertIs(find_cycle_start(head), nodes[0])

    def test_cycle_back_to_head(self):
        head, nodes = build([1, 2, 3, 4, 5], cycle_to=0)
        self.assertTrue(has_cycle(head))
        self.assertIs(find_cycle_start(head), nodes[0])

    def test_cycle_in_the_middle(self):
        for n in range(2, 12):
            for start in range(n):
                head, nodes = build(list(range(n)), cycle_to=start)
                self.assertTrue(has_cycle(head), f"{n} nodes, cycle back to node {start}")
                self.assertIs(find_cycle_start(head), nodes[start], f"{n} nodes, cycle back to node {start}")

    def test_repeated_values_compared_by_identity(self):
        head, nodes = build([7, 7, 7, 7], cycle_to=2)
        self.assertIs(find_cycle_start(head), nodes[2])

    def test_list_is_not_modified(self):
        for cycle_to in (3, None):
            with self.subTest(cycle_to=cycle_to):
                head, nodes = build([1, 2, 3, 4, 5, 6], cycle_to=cycle_to)
                before = [dict(vars(n)) for n in nodes]  # val, next and nothing else: no marks left behind
                has_cycle(head)
                find_cycle_start(head)
                after = [dict(vars(n)) for n in nodes]
                for i, (b, a) in enumerate(zip(before, after)):
                    self.assertEqual(a.keys(), b.keys(), f"node {i} gained or lost attributes")
                    for key in b:
                        self.assertIs(a[key], b[key], f"node {i}: {key} changed")


class TestLargeList(TimedTestCase):
    time_limit = 5.0

    def test_large_list_uses_constant_memory_and_linear_time(self):
        # O(n) takes well under a second; a quadratic walk over 200,000 nodes takes hours.
        n = 200_000
        head, nodes = build(list(range(n)), cycle_to=123_456)
        tracemalloc.start()
        try:
            found = has_cycle(head)
            start = find_cycle_start(head)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        self.assertTrue(found)
        self.assertIs(start, nodes[123_456])
        self.assertLess(peak, 100_000, "extra memory grows with the list: use O(1) space")

        straight_head, _ = build(list(range(n)))
        self.assertFalse(has_cycle(straight_head))
        self.assertIsNone(find_cycle_start(straight_head))


if __name__ == "__main__":
    unittest.main()
