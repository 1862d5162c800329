import random
import unittest

from solution import ALPHABET, decode, encode
from timed_test import TimedTestCase


class TestBase62(TimedTestCase):
    def test_alphabet(self):
        self.assertEqual(ALPHABET, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    def test_known_encodings(self):
        cases = {0: "0", 9: "9", 10: "a", 35: "z", 36: "A", 61: "Z", 62: "10",
                 125: "21", 3843: "ZZ", 3844: "100", 123456789: "8m0Kx"}
        for n, code in cases.items():
            with self.subTest(n=n):
                self.assertEqual(encode(n), code)
                self.assertEqual(decode(code), n)

    def test_zero(self):
        self.assertEqual(encode(0), "0")
        self.assertEqual(decode("0"), 0)

    def test_length_boundaries(self):
        self.assertEqual(encode(62 ** 7 - 1), "ZZZZZZZ")
        self.assertEqual(encode(62 ** 7), "10000000")

    def test_large_integers(self):
        self.assertEqual(encode(2 ** 64 - 1), "lYGhA16ahyf")
        self.assertEqual(decode("lYGhA16ahyf"), 2 ** 64 - 1)
        self.assertEqual(decode("Z" * 20), 62 ** 20 - 1)

    def test_case_sensitive(self):
        self.assertEqual(decode("a"), 10)
        self.assertEqual(decode("A"), 36)
        self.assertNotEqual(decode("abc"), decode("ABC"))

    def test_leading_zeros_accepted(self):
        self.assertEqual(decode("007"), 7)
        self.assertEqual(decode("000"), 0)

    def test_round_trip(self):
        rng = random.Random(62)
        values = list(range(5_000)) + [rng.randrange(10 ** 18) for _ in range(2_000)]
        for n in values:
            code = encode(n)
            self.assertTrue(code == "0" or code[0] != "0", code)
            self.assertEqual(decode(code), n)

    def test_codes_only_use_the_alphabet(self):
        for n in (1, 61, 999_999, 2 ** 40 + 12345):
            self.assertTrue(set(encode(n)) <= set(ALPHABET))

    def test_negative_rejected(self):
        with self.assertRaises(ValueError):
            encode(-1)

    def test_invalid_codes_rejected(self):
        for bad in ("", "ab-c", " 1", "12_", "\u00e9", "1 2", "\uff11", "\u0663", "\u00b2"):
            with self.subTest(code=bad):
                with self.assertRaises(ValueError):
                    decode(bad)


if __name__ == "__main__":
    unittest.main()
