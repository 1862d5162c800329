import time
import unittest

from solution import reverse_string


class TestReverseString(unittest.TestCase):
    def test_simple_word(self):
        self.assertEqual(reverse_string("hello"), "olleh")

    def test_empty(self):
        self.assertEqual(reverse_string(""), "")

    def test_single_character(self):
        self.assertEqual(reverse_string("a"), "a")

    def test_even_length(self):
        self.assertEqual(reverse_string("abcd"), "dcba")

    def test_spaces_and_punctuation(self):
        self.assertEqual(reverse_string("ab c!"), "!c ba")

    def test_palindrome_unchanged(self):
        self.assertEqual(reverse_string("racecar"), "racecar")

    def test_emoji_kept_whole(self):
        self.assertEqual(reverse_string("a\U0001F600b"), "b\U0001F600a")

    def test_reversing_twice_gives_original(self):
        s = "Interview prep, 2024!"
        self.assertEqual(reverse_string(reverse_string(s)), s)

    def test_large_input_is_linear(self):
        s = "".join(chr(ord("a") + i % 26) for i in range(1_000_000))
        start = time.perf_counter()
        result = reverse_string(s)
        elapsed = time.perf_counter() - start
        self.assertEqual(len(result), len(s))
        self.assertEqual(result[0], s[-1])
        self.assertEqual(result[-1], s[0])
        self.assertEqual(result, s[::-1])
        self.assertLess(elapsed, 3.0)


if __name__ == "__main__":
    unittest.main()
