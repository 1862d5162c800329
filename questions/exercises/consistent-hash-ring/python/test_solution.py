import unittest
from collections import Counter

from solution import HashRing, fnv1a_32
from timed_test import TimedTestCase


def ring_of(replicas, nodes):
    ring = HashRing(replicas)
    for node in nodes:
        ring.add_node(node)
    return ring


def owners(ring, keys):
    return {key: ring.get_node(key) for key in keys}


KEYS = [f"user:{k}" for k in range(5000)]


class TestHash(TimedTestCase):
    def test_known_values(self):
        # The first three are the published FNV-1a 32-bit test values.
        self.assertEqual(fnv1a_32(""), 0x811C9DC5)
        self.assertEqual(fnv1a_32("a"), 0xE40C292C)
        self.assertEqual(fnv1a_32("foobar"), 0xBF9CF968)
        self.assertEqual(fnv1a_32("A#0"), 1416880759)

    def test_hashes_utf8_bytes(self):
        # "é" is 2 bytes in UTF-8 and each of "日本" is 3: hash bytes, not characters.
        self.assertEqual(fnv1a_32("café"), 2821410889)
        self.assertEqual(fnv1a_32("日本"), 2670128721)

    def test_stays_in_32_bits(self):
        for text in ["", "x", "a much longer key with spaces " * 5, "user:123456"]:
            h = fnv1a_32(text)
            self.assertIsInstance(h, int)
            self.assertTrue(0 <= h < 2**32, f"{text!r} -> {h}")


class TestHashRing(TimedTestCase):
    def test_example_from_prompt(self):
        # Points: 86207558 B#0, 102985177 B#1, 412703414 C#1, 429481033 C#0, 1400103140 A#1, 1416880759 A#0
        ring = ring_of(2, ["A", "B", "C"])
        self.assertEqual(ring.get_node("lime"), "C")      # 132336572 -> C#1
        self.assertEqual(ring.get_node("cherry"), "A")    # 1232791672 -> A#1
        self.assertEqual(ring.get_node("banana"), "B")    # 3649609552 -> wraps to B#0
        ring.remove_node("B")
        self.assertEqual(ring.get_node("banana"), "C")    # wraps to C#1 now
        self.assertEqual(ring.get_node("lime"), "C")
        self.assertEqual(ring.get_node("cherry"), "A")

    def test_a_key_on_a_point_belongs_to_that_point(self):
        # A key named like a point hashes exactly onto it; the next point belongs to another node.
        ring = ring_of(2, ["A", "B", "C"])
        self.assertEqual(ring.get_node("A#0"), "A")  # the last point: the next would wrap to B#0
        self.assertEqual(ring.get_node("B#1"), "B")  # the next is C#1
        self.assertEqual(ring.get_node("C#0"), "C")  # the next is A#1

    def test_wraps_around_past_the_last_point(self):
        ring = ring_of(2, ["A", "B", "C"])
        # All these hash above the last point (A#0 at 1416880759): the first point, B#0, owns them.
        for key in ["banana", "date", "ugli", "user:10", "pear"]:
            self.assertGreater(fnv1a_32(key), 1416880759)
            self.assertEqual(ring.get_node(key), "B", key)
        ring = ring_of(1, ["B", "C"])  # points 86207558 B#0, 429481033 C#0
        self.assertEqual(ring.get_node("A#0"), "B")
        self.assertEqual(ring.get_node("lime"), "C")

    def test_empty_ring(self):
        ring = HashRing(3)
        self.assertIsNone(ring.get_node("anything"))
        self.assertEqual(len(ring), 0)
        ring.add_node("solo")
        ring.remove_node("solo")
        self.assertIsNone(ring.get_node("anything"))

    def test_one_node_owns_every_key(self):
        ring = ring_of(5, ["solo"])
        self.assertEqual(set(owners(ring, KEYS[:500]).values()), {"solo"})

    def test_removing_a_node_moves_only_its_keys(self):
        nodes = [f"shard-{i}" for i in range(6)]
        ring = ring_of(50, nodes)
        before = owners(ring, KEYS)
        ring.remove_node("shard-2")
        after = owners(ring, KEYS)
        on_removed = [k for k in KEYS if before[k] == "shard-2"]
        self.assertGreater(len(on_removed), 0)
        for key in KEYS:
            if before[key] == "shard-2":
                self.assertIn(after[key], set(nodes) - {"shard-2"}, key)
            else:
                self.assertEqual(after[key], before[key], f"{key} moved although its node stayed")
        ring.add_node("shard-2")
        self.assertEqual(owners(ring, KEYS), before, "adding the node back restores every key")

    def test_adding_a_node_moves_keys_only_to_it(self):
        ring = ring_of(50, [f"shard-{i}" for i in range(5)])
        before = owners(ring, KEYS)
        ring.add_node("shard-new")
        after = owners(ring, KEYS)
        moved = [k for k in KEYS if after[k] != before[k]]
        self.assertGreater(len(moved), 0)
        self.assertEqual({after[k] for k in moved}, {"shard-new"})

    def test_order_of_adding_does_not_matter(self):
        nodes = ["n1", "n2", "n3", "n4"]
        expected = owners(ring_of(20, nodes), KEYS[:1000])
        for order in (nodes[::-1], ["n3", "n1", "n4", "n2"]):
            self.assertEqual(owners(ring_of(20, order), KEYS[:1000]), expected, order)

    def test_points_at_the_same_position_go_to_the_smaller_name(self):
        # "czsxvy#0" and "trepuw#0" both hash to 607923921.
        self.assertEqual(fnv1a_32("czsxvy#0"), fnv1a_32("trepuw#0"))
        for order in (["czsxvy", "trepuw"], ["trepuw", "czsxvy"]):
            ring = ring_of(1, order)
            self.assertEqual(ring.get_node("trepuw#0"), "czsxvy", order)
            ring.remove_node("czsxvy")
            self.assertEqual(ring.get_node("trepuw#0"), "trepuw", f"{order}: the other point is still there")
            ring.add_node("czsxvy")
            ring.remove_node("trepuw")
            self.assertEqual(ring.get_node("trepuw#0"), "czsxvy", order)

    def test_more_replicas_spread_the_load(self):
        ring = ring_of(1000, ["cache-a", "cache-b", "cache-c", "cache-d"])
        counts = Counter(ring.get_node(f"user:{k}") for k in range(20000))
        self.assertEqual(sorted(counts), ["cache-a", "cache-b", "cache-c", "cache-d"])
        for node, n in counts.items():
            self.assertTrue(3000 <= n <= 7000, f"{node} owns {n} of 20000 keys")

    def test_len_counts_nodes_not_points(self):
        ring = ring_of(10, ["a", "b", "c"])
        self.assertEqual(len(ring), 3)
        ring.remove_node("b")
        self.assertEqual(len(ring), 2)

    def test_invalid_arguments(self):
        for replicas in (0, -1, 1.5):
            with self.subTest(replicas=replicas):
                with self.assertRaises(ValueError):
                    HashRing(replicas)
        ring = ring_of(2, ["a"])
        with self.assertRaises(ValueError):
            ring.add_node("a")
        with self.assertRaises(ValueError):
            ring.remove_node("b")
        self.assertEqual(len(ring), 1)
        self.assertEqual(ring.get_node("x"), "a")


class TestLargeRing(TimedTestCase):
    # On this ring a linear scan of the points costs over 30 times what a binary search does: the
    # limit is more than 5x what a binary search needs and less than a fifth of what a scan needs.
    time_limit = 3.0

    def test_large_ring_lookups_are_logarithmic(self):
        # 20 nodes x 2000 replicas = 40 000 points, 100 000 lookups. Counts worked out separately by
        # sorting the key hashes and sweeping them against the sorted points.
        ring = ring_of(2000, [f"node-{i}" for i in range(20)])
        counts = Counter(ring.get_node(f"user:{k}") for k in range(100_000))
        self.assertEqual(
            [counts[f"node-{i}"] for i in range(20)],
            [4625, 5222, 4198, 5244, 5270, 5045, 5138, 5087, 4742, 5427,
             4581, 5189, 5586, 4662, 5521, 4994, 4830, 4782, 4707, 5150],
        )


if __name__ == "__main__":
    unittest.main()
