import unittest

from solution import Trie
from timed_test import TimedTestCase, run_with_time_limit


def word(i):
    """A distinct 8-letter word for each i in 0..39,999 (deterministic)."""
    x = (i * 2654435761) % 26 ** 8
    letters = []
    for _ in range(8):
        x, r = divmod(x, 26)
        letters.append(chr(97 + r))
    return "".join(letters)


class TestTrie(TimedTestCase):
    def test_insert_and_search(self):
        t = Trie()
        t.insert("apple")
        self.assertTrue(t.search("apple"))
        self.assertFalse(t.search("app"))
        self.assertFalse(t.search("apples"))
        self.assertTrue(t.starts_with("app"))
        t.insert("app")
        self.assertTrue(t.search("app"))

    def test_empty_trie(self):
        t = Trie()
        self.assertFalse(t.search("a"))
        self.assertFalse(t.search(""))
        self.assertFalse(t.starts_with("a"))
        self.assertFalse(t.starts_with(""))

    def test_empty_string_word_and_prefix(self):
        t = Trie()
        t.insert("x")
        self.assertTrue(t.starts_with(""))
        self.assertFalse(t.search(""))
        t.insert("")
        self.assertTrue(t.search(""))

    def test_prefix_longer_than_any_word(self):
        t = Trie()
        t.insert("car")
        self.assertFalse(t.starts_with("cars"))
        self.assertTrue(t.starts_with("car"))

    def test_branching_words(self):
        t = Trie()
        for w in ("to", "tea", "ted", "ten", "i", "in", "inn"):
            t.insert(w)
        for w in ("to", "tea", "ted", "ten", "i", "in", "inn"):
            self.assertTrue(t.search(w), w)
        self.assertFalse(t.search("te"))
        self.assertFalse(t.search("t"))
        self.assertTrue(t.starts_with("te"))
        self.assertFalse(t.starts_with("tx"))
        self.assertFalse(t.starts_with("a"))

    def test_duplicate_inserts(self):
        t = Trie()
        t.insert("go")
        t.insert("go")
        self.assertTrue(t.search("go"))
        self.assertFalse(t.search("g"))

    def test_case_sensitive(self):
        t = Trie()
        t.insert("Apple")
        self.assertFalse(t.search("apple"))
        self.assertFalse(t.starts_with("ap"))
        self.assertTrue(t.starts_with("Ap"))

    def test_any_characters(self):
        t = Trie()
        for w in ("caf\u00e9", "\u65e5\u672c\u8a9e", "a b-c", "12:30"):
            t.insert(w)
        self.assertTrue(t.search("caf\u00e9"))
        self.assertFalse(t.search("cafe"))
        self.assertTrue(t.starts_with("\u65e5\u672c"))
        self.assertTrue(t.starts_with("a b"))
        self.assertTrue(t.search("12:30"))
        # Every character is a step of its own: none may be skipped or folded into another.
        for absent in ("caf", "\u65e5\u672c", "abc", "a b", "12:31", "1230", ""):
            self.assertFalse(t.search(absent), repr(absent))
        self.assertFalse(t.starts_with("12:3 "))

    def test_many_words_and_queries(self):
        def work():
            t = Trie()
            for i in range(0, 40_000, 2):
                t.insert(word(i))
            found = sum(t.search(word(i)) for i in range(40_000))
            prefix_hits = sum(t.starts_with(word(i)[:5]) for i in range(0, 40_000, 2))
            longer = sum(t.starts_with(word(i) + "a") for i in range(0, 40_000, 2))
            return found, prefix_hits, longer

        self.assertEqual(run_with_time_limit(work, 5.0), (20_000, 20_000, 0))


if __name__ == "__main__":
    unittest.main()
