import math
import random
import unittest
from collections import Counter

from solution import stratified_split
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertPartition(self, labels, train, test):
        """train and test are ascending, share nothing and together hold every index once."""
        self.assertEqual(train, sorted(train), "train indices must be ascending")
        self.assertEqual(test, sorted(test), "test indices must be ascending")
        self.assertEqual(set(train) & set(test), set(), "an item is in both sets")
        self.assertEqual(sorted(train + test), list(range(len(labels))), "items lost or repeated")


def expected_test_count(n, f):
    if n == 1:
        return 0
    return min(max(math.floor(n * f + 0.5), 1), n - 1)


EXAMPLE = ["cat", "dog", "cat", "cat", "dog", "bird", "cat", "dog", "cat", "dog"]


class TestStratifiedSplit(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(stratified_split(EXAMPLE, 0.4), ([0, 1, 3, 5, 7, 8], [2, 4, 6, 9]))

    def test_each_class_is_split_on_its_own(self):
        # Alternating labels: taking every other item of the whole list would put only "b" in test.
        labels = ["a", "b"] * 6
        self.assertEqual(stratified_split(labels, 0.5), ([0, 1, 4, 5, 8, 9], [2, 3, 6, 7, 10, 11]))

    def test_counts_round_half_up(self):
        # Classes of 10, 6, 18, 7, 8 and 9 items at 0.25:
        # 2.5 -> 3, 1.5 -> 2, 4.5 -> 5, 1.75 -> 2, 2.0 -> 2, 2.25 -> 2.
        labels = ["a"] * 10 + ["b"] * 6 + ["c"] * 18 + ["d"] * 7 + ["e"] * 8 + ["f"] * 9
        train, test = stratified_split(labels, 0.25)
        self.assertEqual(Counter(labels[i] for i in test), Counter(a=3, b=2, c=5, d=2, e=2, f=2))
        self.assertEqual(test, [1, 5, 8, 11, 14, 17, 21, 25, 28, 32, 35, 39, 43, 47, 51, 55])
        self.assertPartition(labels, train, test)

    def test_test_items_are_spread_through_the_class(self):
        # 10 items at 0.3: 3 test items, the middles of three slices: positions 1, 5 and 8.
        self.assertEqual(stratified_split(["x"] * 10, 0.3), ([0, 2, 3, 4, 6, 7, 9], [1, 5, 8]))
        # The positions count within the class, not in the whole list.
        labels = ["y", "x"] * 10
        train, test = stratified_split(labels, 0.3)
        self.assertEqual(test, [2, 3, 10, 11, 16, 17])

    def test_tiny_classes(self):
        # One item: train only. Two items: one each way, whatever the fraction.
        # Three items at 0.9: 2.7 rounds to 3, but one must stay in train.
        labels = ["solo", "pair", "pair", "trio", "trio", "trio"]
        self.assertEqual(stratified_split(labels, 0.9), ([0, 1, 4], [2, 3, 5]))
        self.assertEqual(stratified_split(["pair", "pair", "solo"], 0.1), ([0, 2], [1]))
        self.assertEqual(stratified_split(["only"], 0.5), ([0], []))

    def test_every_class_count_on_random_labels(self):
        rng = random.Random(5)
        for trial in range(200):
            labels = [rng.choice("abcdefg"[: rng.randint(1, 7)]) for _ in range(rng.randint(0, 80))]
            f = rng.choice([0.1, 0.2, 0.25, 0.5, 0.75, 0.9, 0.05])
            train, test = stratified_split(labels, f)
            self.assertPartition(labels, train, test)
            sizes = Counter(labels)
            got = Counter(labels[i] for i in test)
            for label, n in sizes.items():
                self.assertEqual(got[label], expected_test_count(n, f), f"class {label!r} of {n} at {f}")

    def test_keeps_class_proportions(self):
        # 10 000 items, 70% / 25% / 5%, interleaved: 20% of each class goes to test.
        labels = ["major" if i % 20 < 14 else "mid" if i % 20 < 19 else "rare" for i in range(10_000)]
        train, test = stratified_split(labels, 0.2)
        self.assertEqual(Counter(labels[i] for i in test), Counter(major=1400, mid=500, rare=100))
        self.assertEqual((len(train), len(test)), (8000, 2000))
        self.assertEqual(test[:12], [2, 7, 12, 16, 23, 28, 33, 36, 44, 49, 56, 59])
        self.assertPartition(labels, train, test)

    def test_any_hashable_labels(self):
        labels = [1, "1", 1, "1", (2, 3), (2, 3)]
        self.assertEqual(stratified_split(labels, 0.5), ([0, 1, 4], [2, 3, 5]))

    def test_deterministic_and_input_untouched(self):
        labels = list(EXAMPLE)
        first = stratified_split(labels, 0.4)
        self.assertEqual(stratified_split(labels, 0.4), first)
        self.assertEqual(labels, EXAMPLE)

    def test_empty(self):
        self.assertEqual(stratified_split([], 0.3), ([], []))

    def test_invalid_fraction(self):
        for f in (0, 1, -0.1, 1.5, math.nan):
            with self.subTest(f=f):
                with self.assertRaises(ValueError):
                    stratified_split(EXAMPLE, f)


if __name__ == "__main__":
    unittest.main()
