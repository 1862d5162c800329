import unittest

from solution import roc_auc
from timed_test import TimedTestCase


class TestRocAuc(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertAlmostEqual(roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 0.75)

    def test_perfect_and_inverted(self):
        self.assertEqual(roc_auc([0, 1], [0.2, 0.9]), 1.0)
        self.assertEqual(roc_auc([1, 0], [0.2, 0.9]), 0.0)
        self.assertEqual(roc_auc([1, 1, 0, 0, 0], [5, 4, 3, 2, 1]), 1.0)

    def test_all_scores_tied(self):
        self.assertEqual(roc_auc([0, 1, 0, 1], [0.5] * 4), 0.5)
        self.assertEqual(roc_auc([1, 1, 1, 0], [3.0] * 4), 0.5)

    def test_a_tie_is_half_whatever_the_input_order(self):
        self.assertEqual(roc_auc([1, 0], [0.5, 0.5]), 0.5)
        self.assertEqual(roc_auc([0, 1], [0.5, 0.5]), 0.5)

    def test_partial_ties(self):
        # 0.9 positive: tie + win = 1.5; 0.5 positive: loss + tie = 0.5; 0.1 positive: 0. Total 2 of 6 pairs.
        labels, scores = [1, 0, 1, 0, 1], [0.9, 0.9, 0.5, 0.5, 0.1]
        self.assertAlmostEqual(roc_auc(labels, scores), 1 / 3)
        self.assertAlmostEqual(roc_auc(labels[::-1], scores[::-1]), 1 / 3)

    def test_scores_compared_as_numbers(self):
        self.assertEqual(roc_auc([0, 1, 0, 1], [9, 10, 1, 100]), 1.0)
        self.assertAlmostEqual(roc_auc([1, 0, 0, 1], [-2.5, -10, 3, 0]), 0.5)

    def test_only_the_order_of_scores_matters(self):
        labels = [1, 0, 1, 1, 0, 0, 1, 0]
        scores = [0.8, 0.3, 0.3, 0.95, 0.6, 0.1, 0.6, 0.05]
        # Positives 0.8, 0.3, 0.95, 0.6 against negatives 0.3, 0.6, 0.1, 0.05: 4 + 2.5 + 4 + 3.5 = 14 of 16.
        self.assertAlmostEqual(roc_auc(labels, scores), 14 / 16)
        self.assertAlmostEqual(roc_auc(labels, [10 * s - 3 for s in scores]), 14 / 16)
        order = [3, 7, 0, 5, 2, 4, 6, 1]
        self.assertAlmostEqual(roc_auc([labels[i] for i in order], [scores[i] for i in order]), 14 / 16)

    def test_inputs_are_not_modified(self):
        labels, scores = [1, 0, 1, 0], [0.2, 0.9, 0.4, 0.1]
        roc_auc(labels, scores)
        self.assertEqual((labels, scores), ([1, 0, 1, 0], [0.2, 0.9, 0.4, 0.1]))

    def test_invalid_input(self):
        cases = [
            ([], []),
            ([0, 1], [0.5]),
            ([1, 1, 1], [0.1, 0.2, 0.3]),
            ([0, 0], [0.1, 0.2]),
            ([0, 2, 1], [0.1, 0.2, 0.3]),
            ([0, -1, 1], [0.1, 0.2, 0.3]),
            ([0, 0.5, 1], [0.1, 0.2, 0.3]),
            ([0, 1, 1], [0.1, float("nan"), 0.3]),
        ]
        for labels, scores in cases:
            with self.subTest(labels=labels, scores=scores):
                with self.assertRaises(ValueError):
                    roc_auc(labels, scores)


class TestLargeInput(TimedTestCase):
    time_limit = 5.0

    def test_one_hundred_thousand_examples(self):
        n = 100_000
        labels = [i % 2 for i in range(n)]
        # Distinct scores: the positive at index 2k + 1 beats the k + 1 negatives at 0, 2, ..., 2k.
        # Sum over k < P of (k + 1) is P (P + 1) / 2, so the AUC is (P + 1) / (2 P) with P = 50,000.
        self.assertAlmostEqual(roc_auc(labels, [float(i) for i in range(n)]), 50_001 / 100_000, places=12)
        # Scores in tied pairs (2k and 2k + 1 share k): each positive beats k negatives and ties one,
        # and the sum of (k + 1/2) over k < P is P^2 / 2, so the AUC is exactly 1/2.
        self.assertAlmostEqual(roc_auc(labels, [float(i // 2) for i in range(n)]), 0.5, places=12)


if __name__ == "__main__":
    unittest.main()
