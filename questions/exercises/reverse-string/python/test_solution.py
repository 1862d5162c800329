import signal
import unittest

from solution import reverse_string


class TimedTestCase(unittest.TestCase):
    """Each test fails with a TimeoutError after `time_limit` seconds of CPU time instead of hanging.

    The limit counts the CPU time this process uses (ITIMER_PROF), not the wall clock, so a busy
    machine slows a correct solution down without making it fail.
    """

    time_limit = 3.0

    def setUp(self):
        if hasattr(signal, "SIGPROF"):
            def on_limit(signum, frame):
                raise TimeoutError(
                    f"used more than {self.time_limit} s of CPU time: check for an endless loop or a slow algorithm"
                )

            signal.signal(signal.SIGPROF, on_limit)
            # Repeats every 0.25 s, so a subTest that swallows the first TimeoutError is stopped too.
            signal.setitimer(signal.ITIMER_PROF, self.time_limit, 0.25)
            self.addCleanup(signal.setitimer, signal.ITIMER_PROF, 0)


def first_difference(actual, expected):
    """Describe the first difference between two strings (None if equal) without a slow diff."""
    for i, (a, e) in enumerate(zip(actual, expected)):
        if a != e:
            return f"first difference at index {i}: {a!r} != {e!r}"
    if len(actual) != len(expected):
        return f"lengths differ: {len(actual)} != {len(expected)}"
    return None


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
