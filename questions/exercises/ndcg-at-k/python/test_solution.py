import math
import unittest

from solution import dcg_at_k, ndcg_at_k
from timed_test import TimedTestCase


LOG2_3 = math.log2(3)


class TestDcg(TimedTestCase):
    def test_known_value(self):
        # Gains 2^rel - 1 = 7, 3, 7, 0, 1, 3 over discounts log2(2), log2(3), ..., log2(7).
        want = 7 + 3 / LOG2_3 + 7 / 2 + 0 + 1 / math.log2(6) + 3 / math.log2(7)
        self.assertAlmostEqual(dcg_at_k([3, 2, 3, 0, 1, 2], 6), want, places=12)
        self.assertAlmostEqual(want, 13.8483, places=4)

    def test_rank_r_is_discounted_by_log2_of_r_plus_1(self):
        # Rank 1 is not discounted (log2 2 = 1), rank 2 is divided by log2 3, rank 3 by log2 4 = 2.
        self.assertAlmostEqual(dcg_at_k([1], 1), 1.0, places=12)
        self.assertAlmostEqual(dcg_at_k([0, 1], 2), 1 / LOG2_3, places=12)
        self.assertAlmostEqual(dcg_at_k([0, 0, 1], 3), 0.5, places=12)

    def test_gain_is_exponential_in_the_grade(self):
        self.assertAlmostEqual(dcg_at_k([2], 1), 3.0, places=12)
        self.assertAlmostEqual(dcg_at_k([3], 1), 7.0, places=12)
        self.assertAlmostEqual(dcg_at_k([0.5], 1), math.sqrt(2) - 1, places=12)

    def test_k_cuts_the_list_and_may_exceed_it(self):
        self.assertAlmostEqual(dcg_at_k([3, 2, 3, 0, 1, 2], 2), 7 + 3 / LOG2_3, places=12)
        self.assertAlmostEqual(dcg_at_k([3, 2], 10), 7 + 3 / LOG2_3, places=12)
        self.assertEqual(dcg_at_k([], 5), 0.0)


class TestNdcg(TimedTestCase):
    def test_example_from_prompt(self):
        ranking = ["d1", "d2", "d3", "d4"]
        judgments = {"d1": 2, "d3": 3, "d5": 1, "d2": 0}
        # DCG@3 of grades [2, 0, 3] is 3 + 0 + 7/2 = 6.5; the ideal grades [3, 2, 1] give 7 + 3/log2 3 + 1/2.
        want = 6.5 / (7 + 3 / LOG2_3 + 0.5)
        self.assertAlmostEqual(ndcg_at_k(ranking, judgments, 3), want, places=12)
        self.assertAlmostEqual(want, 0.6920, places=4)

    def test_ideal_ranking_uses_every_judged_document(self):
        # The grade-3 document was never retrieved. The ideal ranks it first, then "a":
        # 1 / (7 + 1/log2 3) = 0.131, not the 1.0 of an ideal built from the retrieved list.
        self.assertAlmostEqual(ndcg_at_k(["a", "b"], {"a": 1, "z": 3}, 5), 1 / (7 + 1 / LOG2_3), places=12)

    def test_k_larger_than_the_ranking(self):
        # DCG = 1 + 3/log2 3; the ideal [2, 1, 1] gives 3 + 1/log2 3 + 1/2 (only three judged documents).
        want = (1 + 3 / LOG2_3) / (3 + 1 / LOG2_3 + 0.5)
        self.assertAlmostEqual(ndcg_at_k(["a", "b"], {"a": 1, "b": 2, "c": 1}, 10), want, places=12)

    def test_k_cuts_the_ranking_and_the_ideal(self):
        ranking = ["a", "b", "c", "d"]
        judgments = {"a": 0, "b": 3, "c": 3, "d": 2}
        self.assertEqual(ndcg_at_k(ranking, judgments, 1), 0.0)
        # DCG@2 = 7/log2 3; ideal DCG@2 = 7 + 7/log2 3 (the third ideal grade, 2, is past k).
        self.assertAlmostEqual(ndcg_at_k(ranking, judgments, 2), (7 / LOG2_3) / (7 + 7 / LOG2_3), places=12)
        # With k = 4 every document counts.
        actual = 7 / LOG2_3 + 7 / 2 + 3 / math.log2(5)
        ideal = 7 + 7 / LOG2_3 + 3 / 2
        self.assertAlmostEqual(ndcg_at_k(ranking, judgments, 4), actual / ideal, places=12)

    def test_no_relevant_documents_gives_zero(self):
        self.assertEqual(ndcg_at_k(["a", "b"], {"a": 0, "b": 0}, 2), 0.0)
        self.assertEqual(ndcg_at_k(["a", "b"], {}, 2), 0.0)
        self.assertEqual(ndcg_at_k([], {}, 3), 0.0)
        # Relevant documents exist but none was retrieved.
        self.assertEqual(ndcg_at_k([], {"a": 2}, 3), 0.0)
        self.assertEqual(ndcg_at_k(["b"], {"a": 2}, 3), 0.0)

    def test_unjudged_documents_count_as_zero(self):
        self.assertAlmostEqual(ndcg_at_k(["x", "a", "y"], {"a": 1}, 3), 1 / LOG2_3, places=12)

    def test_the_ideal_ranking_scores_one(self):
        judgments = {"a": 3, "b": 2, "c": 2, "d": 0, "e": 1}
        self.assertAlmostEqual(ndcg_at_k(["a", "b", "c", "e", "d"], judgments, 5), 1.0, places=12)
        # Swapping two documents of equal grade changes nothing.
        self.assertAlmostEqual(ndcg_at_k(["a", "c", "b", "e"], judgments, 4), 1.0, places=12)
        # Reversing the order is worse.
        self.assertLess(ndcg_at_k(["e", "c", "b", "a"], judgments, 4), 0.8)

    def test_invalid_input(self):
        cases = [
            ("k = 0", lambda: ndcg_at_k(["a"], {"a": 1}, 0)),
            ("negative k", lambda: dcg_at_k([1], -1)),
            ("k = 0 in dcg", lambda: dcg_at_k([1], 0)),
            ("fractional k", lambda: dcg_at_k([1], 1.5)),
            ("a document twice", lambda: ndcg_at_k(["a", "b", "a"], {"a": 1}, 3)),
            ("negative grade", lambda: ndcg_at_k(["a"], {"a": -1}, 1)),
            ("negative grade in dcg", lambda: dcg_at_k([1, -2], 2)),
        ]
        for what, call in cases:
            with self.subTest(what):
                with self.assertRaises(ValueError):
                    call()


if __name__ == "__main__":
    unittest.main()
