import threading
import unittest

from solution import reverse_string


def run_with_time_limit(fn, seconds):
    """Run fn() in a daemon thread and return its result.

    A solution that is too slow makes the test fail after `seconds`
    instead of hanging the whole test run.
    """
    box = {}

    def target():
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised in the test thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise AssertionError(f"took longer than {seconds} s: check the complexity")
    if "error" in box:
        raise box["error"]
    return box["value"]


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
        result = run_with_time_limit(lambda: reverse_string(s), 5.0)
        self.assertEqual(len(result), len(s))
        self.assertEqual(result[0], s[-1])
        self.assertEqual(result[-1], s[0])
        self.assertEqual(result, s[::-1])

if __name__ == "__main__":
    unittest.main()
