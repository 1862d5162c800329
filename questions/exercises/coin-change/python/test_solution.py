import unittest

from solution import count_ways, min_coins
from timed_test import TimedTestCase


class TestMinCoins(TimedTestCase):
    def test_examples_from_prompt(self):
        self.assertEqual(min_coins([1, 2, 5], 11), 3)
        self.assertEqual(min_coins([1, 3, 4], 6), 2)

    def test_greedy_is_not_enough(self):
        self.assertEqual(min_coins([1, 5, 6, 9], 11), 2)   # 5 + 6, greedy takes 9 + 1 + 1
        self.assertEqual(min_coins([4, 3, 1], 6), 2)       # unsorted coins
        self.assertEqual(min_coins([2, 5], 6), 3)          # greedy takes 5 and is stuck
        self.assertEqual(min_coins([5, 3], 9), 3)          # 3 + 3 + 3

    def test_impossible(self):
        self.assertEqual(min_coins([2], 3), -1)
        self.assertEqual(min_coins([5, 10], 3), -1)
        self.assertEqual(min_coins([], 7), -1)
        self.assertEqual(min_coins([4, 6], 11), -1)

    def test_amount_zero_and_exact_coins(self):
        self.assertEqual(min_coins([1, 2, 5], 0), 0)
        self.assertEqual(min_coins([], 0), 0)
        self.assertEqual(min_coins([7], 7), 1)
        self.assertEqual(min_coins([7, 7, 1], 14), 2)

    def test_coins_larger_than_the_amount(self):
        self.assertEqual(min_coins([1, 4], 3), 3)
        self.assertEqual(min_coins([10, 1], 9), 9)


class TestCountWays(TimedTestCase):
    def test_examples_from_prompt(self):
        self.assertEqual(count_ways([1, 2, 5], 5), 4)
        # With k fives (k = 0, 1, 2) the rest is made of ones and twos in (11 - 5k) // 2 + 1 ways: 6 + 4 + 1.
        self.assertEqual(count_ways([1, 2, 5], 11), 11)

    def test_order_does_not_matter(self):
        self.assertEqual(count_ways([1, 2], 3), 2)   # 1+1+1 and 1+2; 2+1 is the same as 1+2
        self.assertEqual(count_ways([2, 1], 4), 3)   # 1+1+1+1, 1+1+2, 2+2

    def test_repeated_denominations_count_once(self):
        self.assertEqual(count_ways([1, 2, 2], 4), 3)
        self.assertEqual(count_ways([3, 3, 3], 9), 1)

    def test_amount_zero_and_impossible(self):
        self.assertEqual(count_ways([1, 2, 5], 0), 1)
        self.assertEqual(count_ways([], 0), 1)
        self.assertEqual(count_ways([], 5), 0)
        self.assertEqual(count_ways([2], 3), 0)
        self.assertEqual(count_ways([4, 6], 11), 0)

    def test_coins_larger_than_the_amount(self):
        self.assertEqual(count_ways([1, 4], 3), 1)
        self.assertEqual(count_ways([10, 1, 5], 4), 1)

    def test_large_counts(self):
        # With the coins 1..n, the ways to make n are the partitions of n: p(100) and p(300).
        self.assertEqual(count_ways(list(range(1, 101)), 100), 190_569_292)
        self.assertEqual(count_ways(list(range(300, 0, -1)), 300), 9_253_082_936_723_602)


class TestValidation(TimedTestCase):
    def test_invalid_input(self):
        for fn in (min_coins, count_ways):
            for coins, amount in (([1, 0], 5), ([-1, 2], 3), ([1.5], 3), ([1, 2], -1), ([1], 2.5)):
                with self.subTest(fn=fn.__name__, coins=coins, amount=amount):
                    with self.assertRaises(ValueError):
                        fn(coins, amount)

    def test_coins_are_not_modified(self):
        coins = [5, 1, 2, 2]
        min_coins(coins, 11)
        count_ways(coins, 11)
        self.assertEqual(coins, [5, 1, 2, 2])


class TestLargeAmounts(TimedTestCase):
    time_limit = 5.0

    def test_amount_ten_thousand(self):
        # With 1, 7 and 10 at most nine 7s help (ten 7s = seven 10s); the rest is tens then ones.
        amount = 9_994
        expected = min(b + (amount - 7 * b) // 10 + (amount - 7 * b) % 10 for b in range(10))
        self.assertEqual(expected, 1_000)
        self.assertEqual(min_coins([1, 7, 10], amount), expected)
        # With k fives, the rest is made of ones and twos in (10,000 - 5k) // 2 + 1 ways.
        self.assertEqual(count_ways([5, 2, 1], 10_000), sum((10_000 - 5 * k) // 2 + 1 for k in range(2_001)))


if __name__ == "__main__":
    unittest.main()
