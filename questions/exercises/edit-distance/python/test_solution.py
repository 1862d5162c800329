import tracemalloc
import unittest

from solution import edit_distance
from timed_test import TimedTestCase


class TestEditDistance(TimedTestCase):
    def test_classic_examples(self):
        self.assertEqual(edit_distance("kitten", "sitting"), 3)
        self.assertEqual(edit_distance("flaw", "lawn"), 2)
        self.assertEqual(edit_distance("intention", "execution"), 5)

    def test_empty_strings(self):
        self.assertEqual(edit_distance("", ""), 0)
        self.assertEqual(edit_distance("", "abc"), 3)
        self.assertEqual(edit_distance("abc", ""), 3)

    def test_identical_and_single_characters(self):
        self.assertEqual(edit_distance("same", "same"), 0)
        self.assertEqual(edit_distance("a", "b"), 1)
        self.assertEqual(edit_distance("a", "a"), 0)

    def test_case_sensitive(self):
        self.assertEqual(edit_distance("Apple", "apple"), 1)

    def test_symmetric(self):
        pairs = [("sunday", "saturday"), ("abc", "yabd"), ("gumbo", "gambol")]
        for a, b in pairs:
            self.assertEqual(edit_distance(a, b), edit_distance(b, a))
        self.assertEqual(edit_distance("sunday", "saturday"), 3)

    def test_pure_insertions_and_deletions(self):
        self.assertEqual(edit_distance("abc", "aXbYcZ"), 3)
        self.assertEqual(edit_distance("abcdef", "ace"), 3)

    def test_long_strings(self):
        # Delete the leading "a" and append an "a": 2 edits, found in O(m n) time.
        self.assertEqual(edit_distance("ab" * 400, "ba" * 400), 2)
        # No character in common: every character of the longer string must be edited.
        self.assertEqual(edit_distance("a" * 600, "b" * 500), 600)


class TestMemory(TimedTestCase):
    # tracemalloc slows every allocation down: the reference needs up to 0.8 s of CPU here.
    time_limit = 5.0

    def test_memory_is_linear_in_the_shorter_string(self):
        long, short = "ab" * 10_000, "bbaab"
        for a, b in ((long, short), (short, long)):
            tracemalloc.start()
            try:
                distance = edit_distance(a, b)
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            self.assertEqual(distance, 19_995)
            self.assertLess(peak, 64 * 1024, f"peak {peak} bytes for lengths {len(a)} and {len(b)}: not O(min(m, n))")


if __name__ == "__main__":
    unittest.main()
