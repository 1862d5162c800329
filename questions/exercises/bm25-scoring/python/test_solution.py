import math
import unittest

from solution import bm25_rank, bm25_scores
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertListClose(self, got, want, places=12):
        self.assertEqual(len(got), len(want), "number of scores")
        for i, (g, w) in enumerate(zip(got, want)):
            self.assertAlmostEqual(g, w, places=places, msg=f"document {i}")


K1, B = 1.2, 0.75


def term_score(idf, f, length, avgdl, k1=K1, b=B):
    return idf * f * (k1 + 1) / (f + k1 * (1 - b + b * length / avgdl))


# The prompt's example: 3 documents of lengths 3, 6 and 3, so avgdl = 4.
CORPUS = [["the", "cat", "sat"], ["the", "dog", "sat", "on", "the", "mat"], ["cat", "cat", "dog"]]
IDF_CAT = math.log(1 + (3 - 2 + 0.5) / (2 + 0.5))  # in 2 of 3 documents: ln 1.6
IDF_MAT = math.log(1 + (3 - 1 + 0.5) / (1 + 0.5))  # in 1 of 3: ln(8/3)


class TestBm25(TimedTestCase):
    def test_example_from_prompt(self):
        want = [term_score(IDF_CAT, 1, 3, 4), term_score(IDF_MAT, 1, 6, 4), term_score(IDF_CAT, 2, 3, 4)]
        self.assertListClose(bm25_scores(["cat", "mat"], CORPUS), want)
        self.assertListClose(want, [0.523548, 0.814273, 0.695131], places=5)
        self.assertEqual(bm25_rank(["cat", "mat"], CORPUS), [1, 2, 0])

    def test_document_frequency_counts_documents_not_occurrences(self):
        # "cat" occurs three times in the corpus but in two documents, so n = 2 and idf = ln 1.6.
        got = bm25_scores(["cat"], CORPUS)
        self.assertAlmostEqual(got[0], term_score(IDF_CAT, 1, 3, 4), places=12)
        self.assertAlmostEqual(got[0], IDF_CAT * 2.2 / 1.975, places=12)

    def test_idf_is_never_negative(self):
        # "a" is in every document: n = N = 3 gives idf = ln(1 + 0.5/3.5) = ln(8/7), small but positive.
        corpus = [["a", "x"], ["a", "y"], ["a"]]
        idf = math.log(8 / 7)
        avgdl = 5 / 3
        want = [term_score(idf, 1, 2, avgdl), term_score(idf, 1, 2, avgdl), term_score(idf, 1, 1, avgdl)]
        self.assertListClose(bm25_scores(["a"], corpus), want)
        self.assertTrue(all(s > 0 for s in want))
        self.assertEqual(bm25_rank(["a"], corpus), [2, 0, 1])

    def test_longer_documents_are_normalised(self):
        # Both contain "a" once; lengths 2 and 6, avgdl 4, idf ln(1 + 0.5/2.5) = ln 1.2.
        corpus = [["a", "b"], ["a", "b", "c", "d", "e", "f"]]
        idf = math.log(1.2)
        self.assertListClose(bm25_scores(["a"], corpus), [idf * 2.2 / (1 + 0.75), idf * 2.2 / (1 + 1.65)])
        # b = 0 turns length normalisation off: f (k1 + 1) / (f + k1) = 1 for both.
        self.assertListClose(bm25_scores(["a"], corpus, b=0.0), [idf, idf])
        # b = 1 divides k1 by the full length ratio: 1.2 * 0.5 and 1.2 * 1.5.
        self.assertListClose(bm25_scores(["a"], corpus, b=1.0), [idf * 2.2 / 1.6, idf * 2.2 / 2.8])

    def test_term_frequency_saturates(self):
        # Equal lengths (so the norm is k1 = 1.2), "t" occurring 1, 2 and 3 times; one document without it.
        corpus = [["t", "x", "x"], ["t", "t", "x"], ["t", "t", "t"], ["x", "x", "x"]]
        idf = math.log(1 + 1.5 / 3.5)
        got = bm25_scores(["t"], corpus)
        self.assertListClose(got, [idf * 2.2 / 2.2, idf * 4.4 / 3.2, idf * 6.6 / 4.2, 0.0])
        # Each extra occurrence adds less than the one before.
        self.assertGreater(got[1] - got[0], got[2] - got[1])
        # k1 = 0: only presence counts.
        self.assertListClose(bm25_scores(["t"], corpus, k1=0.0), [idf, idf, idf, 0.0])

    def test_a_query_term_absent_from_the_corpus_adds_nothing(self):
        base = bm25_scores(["cat", "mat"], CORPUS)
        self.assertListClose(bm25_scores(["cat", "unicorn", "mat"], CORPUS), base)
        self.assertEqual(bm25_scores(["unicorn"], CORPUS), [0.0, 0.0, 0.0])
        self.assertEqual(bm25_rank(["unicorn"], CORPUS), [])
        self.assertEqual(bm25_scores([], CORPUS), [0.0, 0.0, 0.0])

    def test_a_repeated_query_term_counts_each_time(self):
        once = bm25_scores(["cat"], CORPUS)
        self.assertListClose(bm25_scores(["cat", "cat"], CORPUS), [2 * s for s in once])

    def test_ties_keep_corpus_order_and_zero_scores_are_left_out(self):
        corpus = [["z"], ["b", "a"], ["q", "r"], ["a", "b"], ["a", "c"]]
        scores = bm25_scores(["a", "b"], corpus)
        self.assertEqual(scores[1], scores[3])
        self.assertEqual(bm25_rank(["a", "b"], corpus), [1, 3, 4])

    def test_empty_documents_count_towards_the_average_length(self):
        # Lengths 1, 0 and 3: avgdl = 4/3. "b" is in one document of three.
        corpus = [["a"], [], ["b", "b", "b"]]
        idf = math.log(1 + 2.5 / 1.5)
        self.assertListClose(bm25_scores(["a", "b"], corpus), [term_score(idf, 1, 1, 4 / 3), 0.0, term_score(idf, 3, 3, 4 / 3)])
        self.assertEqual(bm25_scores(["a"], [[], []]), [0.0, 0.0])
        self.assertEqual(bm25_rank(["a"], [[], []]), [])
        self.assertEqual(bm25_scores(["a"], []), [])

    def test_document_frequency_is_counted_once_for_the_corpus(self):
        # 4,000 documents of 40 tokens: counting document frequencies once takes about a tenth of a second;
        # recounting them by scanning the corpus for every matching document and query term costs over
        # 100 times more.
        corpus = [[f"w{(d * 31 + i * 17 + (d * i) % 7) % 61}" for i in range(40)] for d in range(4000)]
        query = ["w1", "w17", "w30", "w60", "nope"]
        scores = bm25_scores(query, corpus)
        self.assertEqual(len(scores), 4000)
        df = {t: sum(1 for doc in corpus if t in doc) for t in query}
        for d in (0, 1, 1234, 3999):
            want = sum(term_score(math.log(1 + (4000 - df[t] + 0.5) / (df[t] + 0.5)), corpus[d].count(t), 40, 40.0)
                       for t in query if t in corpus[d])
            self.assertGreater(want, 0)
            self.assertAlmostEqual(scores[d], want, places=12)

    def test_invalid_parameters(self):
        for k1, b in [(-0.1, 0.75), (1.2, -0.01), (1.2, 1.5)]:
            with self.subTest(k1=k1, b=b):
                with self.assertRaises(ValueError):
                    bm25_scores(["a"], [["a"]], k1, b)
                with self.assertRaises(ValueError):
                    bm25_rank(["a"], [["a"]], k1, b)


if __name__ == "__main__":
    unittest.main()
