import unittest

from solution import reverse_string
import timed_test
from timed_test import first_difference


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 3.0


class TestReverseString(TimedTestCase):
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

    def test_several_characters_outside_the_bmp(self):
        self.assertEqual(reverse_string("\U0001F600\U0001F601"), "\U0001F601\U0001F600")
        self.assertEqual(reverse_string("x\U0001D11Ey\u00e9\U0001F600"), "\U0001F600\u00e9y\U0001D11Ex")

    def test_reversing_twice_gives_original(self):
        s = "Interview prep, 2024!"
        self.assertEqual(reverse_string(reverse_string(s)), s)

    def test_large_input_is_linear(self):
        s = "".join(chr(ord("a") + i % 26) for i in range(1_000_000))
        result = reverse_string(s)
        self.assertIsNone(first_difference(result, s[::-1]))

if __name__ == "__main__":
    unittest.main()
