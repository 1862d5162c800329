import unittest
from collections import Counter

from solution import top_k_frequent
from timed_test import TimedTestCase


class TestTopKFrequent(TimedTestCase):
    def test_examples(self):
        self.assertEqual(top_k_frequent(["i", "love", "leetcode", "i", "love", "coding"], 2), ["i", "love"])
        words = ["the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"]
        self.assertEqual(top_k_frequent(words, 4), ["the", "is", "sunny", "day"])

    def test_ties_are_alphabetical(self):
        self.assertEqual(top_k_frequent(["b", "a", "c", "b", "a", "c"], 2), ["a", "b"])
        self.assertEqual(top_k_frequent(["i", "love", "leetcode", "i", "love", "coding"], 3), ["i", "love", "coding"])

    def test_tie_at_the_cut_in_both_input_orders(self):
        self.assertEqual(top_k_frequent(["c", "b", "a"], 2), ["a", "b"])
        self.assertEqual(top_k_frequent(["a", "b", "c"], 2), ["a", "b"])
        self.assertEqual(top_k_frequent(["z", "y", "y", "z", "x"], 1), ["y"])
        self.assertEqual(top_k_frequent(["y", "z", "z", "y", "x"], 1), ["y"])

    def test_plain_string_order(self):
        self.assertEqual(top_k_frequent(["Apple", "apple", "apple"], 2), ["apple", "Apple"])
        self.assertEqual(top_k_frequent(["a", "B"], 2), ["B", "a"])

    def test_k_larger_than_distinct_words(self):
        self.assertEqual(top_k_frequent(["x", "y", "x"], 10), ["x", "y"])

    def test_empty_and_non_positive_k(self):
        self.assertEqual(top_k_frequent([], 3), [])
        self.assertEqual(top_k_frequent(["a", "b"], 0), [])
        self.assertEqual(top_k_frequent(["a", "b"], -1), [])

    def test_single_word(self):
        self.assertEqual(top_k_frequent(["solo"], 1), ["solo"])

    def test_large_input(self):
        distinct = 20_000
        counts = {f"w{i:05d}": (i * 7919) % 20 + 1 for i in range(distinct)}
        words = [w for r in range(20) for w, c in counts.items() if c > r]
        self.assertGreater(len(words), 200_000)
        expected = sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        self.assertEqual(top_k_frequent(words, 10), [w for w, _ in expected])


if __name__ == "__main__":
    unittest.main()
