import unittest

from solution import UnionFind, redundant_edge
from timed_test import TimedTestCase


class TestUnionFind(TimedTestCase):
    def test_fresh_structure(self):
        uf = UnionFind(5)
        self.assertEqual(uf.components(), 5)
        for x in range(5):
            self.assertEqual(uf.find(x), x)
            self.assertEqual(uf.size(x), 1)
            self.assertTrue(uf.connected(x, x))
        self.assertFalse(uf.connected(0, 1))

    def test_example_from_prompt(self):
        uf = UnionFind(5)
        self.assertTrue(uf.union(0, 1))
        self.assertTrue(uf.union(2, 3))
        self.assertTrue(uf.union(1, 3))
        self.assertFalse(uf.union(0, 2))
        self.assertEqual(uf.size(3), 4)
        self.assertEqual(uf.components(), 2)
        self.assertTrue(uf.connected(0, 3))
        self.assertFalse(uf.connected(0, 4))
        self.assertEqual(uf.size(4), 1)

    def test_repeated_union_changes_nothing(self):
        uf = UnionFind(4)
        self.assertTrue(uf.union(1, 2))
        for a, b in ((1, 2), (2, 1), (2, 2), (0, 0)):
            self.assertFalse(uf.union(a, b))
        self.assertEqual(uf.components(), 3)
        self.assertEqual((uf.size(1), uf.size(2), uf.size(0)), (2, 2, 1))

    def test_representative_is_shared_and_a_member(self):
        uf = UnionFind(8)
        for a, b in ((0, 1), (2, 3), (4, 5), (6, 7), (1, 3), (5, 7), (3, 7)):
            self.assertTrue(uf.union(a, b))
        root = uf.find(0)
        self.assertIn(root, range(8))
        self.assertEqual([uf.find(x) for x in range(8)], [root] * 8)
        self.assertEqual(uf.size(6), 8)
        self.assertEqual(uf.components(), 1)

    def test_find_walks_all_the_way_to_the_root(self):
        # Merging equal sets only at their roots builds a tree three levels deep, whatever the tie rule.
        for x in range(8):
            uf = UnionFind(8)
            for a, b in ((0, 1), (2, 3), (0, 2), (4, 5), (6, 7), (4, 6), (0, 4)):
                uf.union(a, b)
            first = uf.find(x)  # the first query, before any other find has shortened the paths
            self.assertEqual([uf.find(y) for y in range(8)], [first] * 8, f"find({x}) on a fresh tree")
            self.assertEqual(uf.size(x), 8)

    def test_sizes_follow_merges_of_unequal_sets(self):
        uf = UnionFind(7)
        uf.union(0, 1)
        uf.union(0, 2)  # {0, 1, 2}
        uf.union(3, 4)  # {3, 4}
        self.assertEqual(uf.size(4), 2)
        uf.union(4, 1)  # {0, 1, 2, 3, 4}
        self.assertEqual([uf.size(x) for x in range(7)], [5, 5, 5, 5, 5, 1, 1])
        uf.union(6, 5)
        uf.union(5, 2)
        self.assertEqual([uf.size(x) for x in range(7)], [7] * 7)

    def test_empty_structure(self):
        uf = UnionFind(0)
        self.assertEqual(uf.components(), 0)
        with self.assertRaises(ValueError):
            uf.find(0)

    def test_invalid_elements(self):
        uf = UnionFind(3)
        for call in (lambda: uf.find(3), lambda: uf.find(-1), lambda: uf.union(0, 3), lambda: uf.union(-1, 0),
                     lambda: uf.connected(0, -3), lambda: uf.size(-1), lambda: uf.size(7)):
            with self.assertRaises(ValueError):
                call()
        self.assertEqual(uf.components(), 3)
        with self.assertRaises(ValueError):
            UnionFind(-1)


class TestRedundantEdge(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(redundant_edge(4, [(0, 1), (1, 2), (2, 0), (2, 3)]), (2, 0))

    def test_a_forest_has_none(self):
        self.assertIsNone(redundant_edge(5, [(0, 1), (3, 4), (1, 2)]))
        self.assertIsNone(redundant_edge(3, []))

    def test_the_first_of_several(self):
        edges = [(0, 1), (2, 3), (1, 2), (3, 0), (1, 3)]
        self.assertEqual(redundant_edge(4, edges), (3, 0))

    def test_self_loop_and_repeated_edge(self):
        self.assertEqual(redundant_edge(3, [(0, 1), (2, 2), (1, 0)]), (2, 2))
        self.assertEqual(redundant_edge(3, [(0, 1), (1, 2), (1, 0)]), (1, 0))

    def test_edge_outside_the_graph(self):
        with self.assertRaises(ValueError):
            redundant_edge(3, [(0, 1), (1, 3)])
        with self.assertRaises(ValueError):
            redundant_edge(3, [(0, -1)])


class TestLargeInput(TimedTestCase):
    time_limit = 5.0

    def test_long_chain_of_unions(self):
        n = 200_000
        uf = UnionFind(n)
        for i in range(n - 1):
            uf.union(i, i + 1)
        root = uf.find(n - 1)
        self.assertTrue(all(uf.find(x) == root for x in range(n)), "every element shares one representative")
        self.assertEqual((uf.components(), uf.size(0), uf.connected(0, n - 1)), (1, n, True))


if __name__ == "__main__":
    unittest.main()
