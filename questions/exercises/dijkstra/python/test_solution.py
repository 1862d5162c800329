import math
import unittest

from solution import dijkstra, shortest_path
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertPath(self, edges, path, source, target, length):
        """path runs from source to target along edges and its cheapest edge choices add up to length."""
        self.assertIsNotNone(path, "the target is reachable")
        self.assertEqual((path[0], path[-1]), (source, target), "the path must start at source and end at target")
        cheapest = {}
        for u, v, w in edges:
            cheapest[(u, v)] = min(w, cheapest.get((u, v), math.inf))
        total = 0
        for u, v in zip(path, path[1:]):
            self.assertIn((u, v), cheapest, f"there is no edge {u} -> {v}")
            total += cheapest[(u, v)]
        self.assertAlmostEqual(total, length)


EXAMPLE = [(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 5), (3, 4, 3)]
INF = math.inf


class TestDijkstra(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(dijkstra(5, EXAMPLE, 0), [0, 3, 1, 4, 7])
        self.assertEqual(shortest_path(5, EXAMPLE, 0, 4), [0, 2, 1, 3, 4])
        self.assertEqual(shortest_path(5, EXAMPLE, 0, 1), [0, 2, 1])

    def test_edges_are_one_way(self):
        self.assertEqual(dijkstra(5, EXAMPLE, 4), [INF, INF, INF, INF, 0])
        self.assertEqual(dijkstra(5, EXAMPLE, 2), [INF, 2, 0, 3, 6])
        self.assertIsNone(shortest_path(5, EXAMPLE, 4, 0))

    def test_a_cheap_edge_found_late_wins(self):
        # The first edges popped lead to 3 expensively; the cheap route is found after 3 is first reached.
        edges = [(0, 3, 10), (0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1)]
        self.assertEqual(dijkstra(5, edges, 0), [0, 1, 2, 3, 4])
        self.assertEqual(shortest_path(5, edges, 0, 4), [0, 1, 2, 3, 4])

    def test_many_hops_beat_few(self):
        edges = [(0, 4, 9), (0, 1, 2), (1, 2, 2), (2, 3, 2), (3, 4, 2)]
        self.assertEqual(dijkstra(5, edges, 0), [0, 2, 4, 6, 8])

    def test_parallel_edges_and_self_loops(self):
        self.assertEqual(dijkstra(2, [(0, 1, 5), (0, 1, 2), (0, 1, 7)], 0), [0, 2])
        self.assertEqual(dijkstra(3, [(0, 0, 3), (0, 1, 1), (1, 1, 0), (1, 2, 1)], 0), [0, 1, 2])

    def test_zero_and_fractional_weights(self):
        self.assertEqual(dijkstra(3, [(0, 1, 0), (1, 2, 0)], 0), [0, 0, 0])
        distances = dijkstra(3, [(0, 1, 0.5), (1, 2, 0.25), (0, 2, 1.0)], 0)
        for got, want in zip(distances, [0, 0.5, 0.75]):
            self.assertAlmostEqual(got, want)

    def test_unreachable_and_single_vertex(self):
        self.assertEqual(dijkstra(4, [(0, 1, 1), (2, 3, 1)], 0), [0, 1, INF, INF])
        self.assertIsNone(shortest_path(4, [(0, 1, 1), (2, 3, 1)], 0, 3))
        self.assertEqual(dijkstra(1, [], 0), [0])
        self.assertEqual(shortest_path(1, [], 0, 0), [0])
        self.assertEqual(shortest_path(5, EXAMPLE, 3, 3), [3])

    def test_edges_are_not_modified(self):
        edges = list(EXAMPLE)
        dijkstra(5, edges, 0)
        shortest_path(5, edges, 0, 4)
        self.assertEqual(edges, EXAMPLE)

    def test_invalid_input(self):
        cases = [
            lambda: dijkstra(3, [(0, 1, -1)], 0),
            lambda: dijkstra(3, [(0, 3, 1)], 0),
            lambda: dijkstra(3, [(-1, 0, 1)], 0),
            lambda: dijkstra(3, [], 3),
            lambda: dijkstra(3, [], -1),
            lambda: dijkstra(0, [], 0),
            lambda: shortest_path(3, [(0, 1, 1)], 0, 3),
            lambda: shortest_path(3, [(0, 1, 1)], 0, -1),
            lambda: shortest_path(3, [(1, 2, -0.5)], 0, 2),
        ]
        for i, call in enumerate(cases):
            with self.subTest(case=i):
                with self.assertRaises(ValueError):
                    call()


class TestLargeGraph(TimedTestCase):
    time_limit = 5.0

    def test_fifty_thousand_vertices(self):
        # Steps of +1 cost 1, +2 cost 3 and +3 cost 2: the best route to i takes i // 3 steps of +3
        # and i % 3 steps of +1, so its length is 2 * (i // 3) + i % 3.
        n = 50_000
        edges = []
        for i in range(n - 1, -1, -1):
            for step, weight in ((2, 3), (1, 1), (3, 2)):
                if i + step < n:
                    edges.append((i, i + step, weight))
        distances = dijkstra(n, edges, 0)
        self.assertEqual(len(distances), n)
        wrong = [i for i in range(n) if distances[i] != 2 * (i // 3) + i % 3]
        self.assertEqual(wrong[:5], [], "vertices with a wrong distance")
        self.assertPath(edges, shortest_path(n, edges, 0, n - 1), 0, n - 1, 2 * ((n - 1) // 3) + (n - 1) % 3)


if __name__ == "__main__":
    unittest.main()
