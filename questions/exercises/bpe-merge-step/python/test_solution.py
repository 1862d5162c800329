import unittest

from solution import count_pairs, merge_step
from timed_test import TimedTestCase


CORPUS = {
    "l o w </w>": 5,
    "l o w e r </w>": 2,
    "n e w e s t </w>": 6,
    "w i d e s t </w>": 3,
}


class TestCountPairs(TimedTestCase):
    def test_classic_corpus(self):
        expected = {
            ("l", "o"): 7, ("o", "w"): 7, ("w", "</w>"): 5, ("w", "e"): 8,
            ("e", "r"): 2, ("r", "</w>"): 2, ("n", "e"): 6, ("e", "w"): 6,
            ("e", "s"): 9, ("s", "t"): 9, ("t", "</w>"): 9,
            ("w", "i"): 3, ("i", "d"): 3, ("d", "e"): 3,
        }
        self.assertEqual(count_pairs(CORPUS), expected)

    def test_overlapping_pairs_are_all_counted(self):
        self.assertEqual(count_pairs({"a a a": 2}), {("a", "a"): 4})

    def test_single_symbols_and_empty(self):
        self.assertEqual(count_pairs({"a": 3, "xyz": 1}), {})
        self.assertEqual(count_pairs({}), {})


class TestMergeStep(TimedTestCase):
    def test_first_two_merges_on_classic_corpus(self):
        pair, vocab = merge_step(CORPUS)
        self.assertEqual(pair, ("e", "s"))
        self.assertEqual(vocab, {
            "l o w </w>": 5, "l o w e r </w>": 2, "n e w es t </w>": 6, "w i d es t </w>": 3,
        })
        pair, vocab = merge_step(vocab)
        self.assertEqual(pair, ("es", "t"))
        self.assertEqual(vocab, {
            "l o w </w>": 5, "l o w e r </w>": 2, "n e w est </w>": 6, "w i d est </w>": 3,
        })

    def test_frequency_beats_alphabetical_order(self):
        pair, vocab = merge_step({"z z": 3, "a b": 2})
        self.assertEqual(pair, ("z", "z"))
        self.assertEqual(vocab, {"zz": 3, "a b": 2})

    def test_tie_goes_to_smallest_pair(self):
        pair, _ = merge_step({"b a": 1, "a c": 1})
        self.assertEqual(pair, ("a", "c"))
        pair, _ = merge_step({"ab c": 1, "a bc": 1})
        self.assertEqual(pair, ("a", "bc"))
        # the same ties with the words in the other order
        pair, _ = merge_step({"a c": 1, "b a": 1})
        self.assertEqual(pair, ("a", "c"))
        pair, _ = merge_step({"a bc": 1, "ab c": 1})
        self.assertEqual(pair, ("a", "bc"))

    def test_merge_is_left_to_right_without_overlap(self):
        self.assertEqual(merge_step({"a a a": 1}), (("a", "a"), {"aa a": 1}))
        self.assertEqual(merge_step({"a a a a": 1}), (("a", "a"), {"aa aa": 1}))

    def test_matches_whole_symbols_only(self):
        pair, vocab = merge_step({"a bc": 3, "xa bcd": 1})
        self.assertEqual(pair, ("a", "bc"))
        self.assertEqual(vocab, {"abc": 3, "xa bcd": 1})

    def test_colliding_words_add_up(self):
        pair, vocab = merge_step({"a b c": 2, "ab c": 1, "a b": 4})
        self.assertEqual(pair, ("a", "b"))
        self.assertEqual(vocab, {"ab c": 3, "ab": 4})

    def test_no_pair_left_and_input_untouched(self):
        original = {"a": 5, "abc": 2}
        pair, vocab = merge_step(original)
        self.assertIsNone(pair)
        self.assertEqual(vocab, {"a": 5, "abc": 2})
        self.assertIsNot(vocab, original)
        self.assertEqual(merge_step({}), (None, {}))
        before = dict(CORPUS)
        merge_step(CORPUS)
        self.assertEqual(CORPUS, before)


if __name__ == "__main__":
    unittest.main()
