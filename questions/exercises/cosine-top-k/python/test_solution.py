import math
import unittest

from solution import cosine_top_k
from timed_test import TimedTestCase


class TestCosineTopK(TimedTestCase):
    def assertPairsAlmostEqual(self, actual, expected):
        self.assertEqual([i for i, _ in actual], [i for i, _ in expected])
        for (_, a), (_, e) in zip(actual, expected):
            self.assertAlmostEqual(a, e, places=9)

    def test_example(self):
        out = cosine_top_k([1, 0], [[1, 0], [0, 1], [1, 1], [-1, 0]], 2)
        self.assertPairsAlmostEqual(out, [(0, 1.0), (2, 1 / math.sqrt(2))])

    def test_k_larger_than_n_returns_all_sorted(self):
        out = cosine_top_k([1, 0], [[1, 0], [0, 1], [1, 1], [-1, 0]], 10)
        self.assertPairsAlmostEqual(out, [(0, 1.0), (2, 1 / math.sqrt(2)), (1, 0.0), (3, -1.0)])

    def test_scale_invariance_and_ties_by_index(self):
        out = cosine_top_k([3, 0], [[0, 3], [2, 0], [1, 0], [5, 0]], 3)
        self.assertPairsAlmostEqual(out, [(1, 1.0), (2, 1.0), (3, 1.0)])

    def test_ties_for_the_last_place_keep_the_lower_index(self):
        self.assertPairsAlmostEqual(cosine_top_k([1, 0], [[1, 0], [2, 0], [3, 0]], 2), [(0, 1.0), (1, 1.0)])
        self.assertPairsAlmostEqual(cosine_top_k([1, 0], [[0, 1], [3, 0], [1, 0], [2, 0]], 2), [(1, 1.0), (2, 1.0)])

    def test_zero_vectors_score_zero(self):
        out = cosine_top_k([1, 1], [[0, 0], [-1, -1], [1, 0]], 3)
        self.assertPairsAlmostEqual(out, [(2, 1 / math.sqrt(2)), (0, 0.0), (1, -1.0)])
        out = cosine_top_k([0, 0], [[1, 2], [3, 4]], 2)
        self.assertPairsAlmostEqual(out, [(0, 0.0), (1, 0.0)])

    def test_negative_components(self):
        out = cosine_top_k([-1, 2, -3], [[1, -2, 3], [-2, 4, -6], [0, 1, 0]], 1)
        self.assertPairsAlmostEqual(out, [(1, 1.0)])

    def test_empty_and_non_positive_k(self):
        self.assertEqual(cosine_top_k([1, 0], [], 3), [])
        self.assertEqual(cosine_top_k([1, 0], [[1, 0]], 0), [])
        self.assertEqual(cosine_top_k([1, 0], [[1, 0]], -2), [])
        self.assertEqual(cosine_top_k([1, 0], [[1, 0], [0, 1], [1, 1]], -1), [])

    def test_dimension_mismatch(self):
        with self.assertRaises(ValueError):
            cosine_top_k([1, 0], [[1, 0], [1, 0, 0]], 1)
        with self.assertRaises(ValueError):
            cosine_top_k([1, 0, 0], [[1, 0, 0], [1, 0]], 1)

    def test_large_input_matches_brute_force(self):
        n, d, k = 20_000, 16, 500
        vectors = [[((i * 31 + j * 17) % 101) - 50 for j in range(d)] for i in range(n)]
        query = [((j * 7) % 13) - 6 for j in range(d)]
        out = cosine_top_k(query, vectors, k)
        self.assertEqual(len(out), k)
        self.assertEqual(len({i for i, _ in out}), k)
        qn = math.sqrt(sum(x * x for x in query))
        truth = []
        for v in vectors:
            vn = math.sqrt(sum(x * x for x in v))
            truth.append(0.0 if vn == 0 else sum(a * b for a, b in zip(query, v)) / (qn * vn))
        expected_scores = sorted(truth, reverse=True)[:k]
        for (i, s), e in zip(out, expected_scores):
            self.assertAlmostEqual(s, e, places=9)
            self.assertAlmostEqual(truth[i], s, places=9)


if __name__ == "__main__":
    unittest.main()
