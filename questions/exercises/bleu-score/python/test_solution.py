import math
import unittest

from solution import bleu, modified_precision
from timed_test import TimedTestCase


def toks(text):
    return text.split()


class TestBleu(TimedTestCase):
    def test_identical_sentence_scores_one(self):
        sentence = toks("the cat sat on the mat today")
        self.assertAlmostEqual(bleu(sentence, [sentence]), 1.0)

    def test_clipping(self):
        cand = toks("the the the the the the the")
        refs = [toks("the cat is on the mat")]
        self.assertEqual(modified_precision(cand, refs, 1), (2, 7))
        self.assertAlmostEqual(bleu(cand, refs, max_n=1), 2 / 7)

    def test_clipping_uses_max_over_single_references(self):
        cand = toks("a a a")
        refs = [toks("a b"), toks("a a c")]
        self.assertEqual(modified_precision(cand, refs, 1), (2, 3))
        self.assertAlmostEqual(bleu(cand, refs, max_n=1), 2 / 3)

    def test_precisions_by_order(self):
        cand = toks("the cat sat on the mat")
        refs = [toks("the cat is on the mat")]
        self.assertEqual([modified_precision(cand, refs, n) for n in (1, 2, 3, 4)], [(5, 6), (3, 5), (1, 4), (0, 3)])
        # (5/6 * 3/5 * 1/4) ** (1/3) = (1/8) ** (1/3)
        self.assertAlmostEqual(bleu(cand, refs, max_n=3), 0.5)
        self.assertEqual(bleu(cand, refs), 0.0)

    def test_worked_example_with_brevity_penalty(self):
        cand = toks("the quick brown fox jumps over the dog")
        refs = [toks("the quick brown fox jumps over the lazy dog")]
        self.assertEqual([modified_precision(cand, refs, n) for n in (1, 2, 3, 4)], [(8, 8), (6, 7), (5, 6), (4, 5)])
        self.assertAlmostEqual(bleu(cand, refs), math.exp(-1 / 8) * (4 / 7) ** 0.25)

    def test_short_candidate_is_penalised(self):
        cand = toks("the cat")
        refs = [toks("the cat sat on the mat")]
        self.assertAlmostEqual(bleu(cand, refs, max_n=2), math.exp(1 - 6 / 2))

    def test_closest_reference_length(self):
        cand = toks("a b c d e")
        # lengths 4 and 6 are equally close: the shorter one wins, and c > r gives BP = 1
        self.assertAlmostEqual(bleu(cand, [toks("a b c d"), toks("a b c d e f")], max_n=1), 1.0)
        self.assertAlmostEqual(bleu(cand, [toks("a b c d e f"), toks("a b c d")], max_n=1), 1.0)
        # length 6 is closer than length 2
        self.assertAlmostEqual(bleu(cand, [toks("a b"), toks("a b c d e f")], max_n=1), math.exp(1 - 6 / 5))

    def test_tokens_compare_exactly(self):
        cand = toks("The Cat sat")
        refs = [toks("the cat sat")]
        self.assertEqual(modified_precision(cand, refs, 1), (1, 3))
        self.assertEqual(modified_precision(cand, refs, 2), (0, 2))
        self.assertEqual(bleu(cand, refs, max_n=2), 0.0)

    def test_empty_and_too_short_candidates(self):
        self.assertEqual(bleu([], [toks("a b c")]), 0.0)
        self.assertEqual(bleu(toks("a b"), [toks("a b")]), 0.0)
        self.assertAlmostEqual(bleu(toks("a b"), [toks("a b")], max_n=2), 1.0)

    def test_invalid_arguments(self):
        with self.assertRaises(ValueError):
            bleu(toks("a b"), [])
        with self.assertRaises(ValueError):
            bleu(toks("a b"), [toks("a b")], max_n=0)


if __name__ == "__main__":
    unittest.main()
