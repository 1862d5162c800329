import unittest

from solution import longest_increasing_subsequence as lis
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertLongestIncreasing(self, nums, got, length):
        """got is a strictly increasing subsequence of nums with the given length."""
        self.assertIsInstance(got, list)
        self.assertEqual(len(got), length, f"expected a subsequence of length {length}, got {len(got)}")
        for a, b in zip(got, got[1:]):
            if not a < b:
                self.fail(f"not strictly increasing: {a} then {b}")
        at = 0  # greedy matching: got is a subsequence of nums if every value is found in order
        for value in got:
            while at < len(nums) and nums[at] != value:
                at += 1
            if at == len(nums):
                self.fail(f"not a subsequence of the input: {value} is missing or out of order")
            at += 1


class TestLongestIncreasingSubsequence(TimedTestCase):
    def test_example_from_prompt(self):
        nums = [10, 9, 2, 5, 3, 7, 101, 18]
        self.assertLongestIncreasing(nums, lis(nums), 4)

    def test_small_cases(self):
        for nums, length in (([0, 1, 0, 3, 2, 3], 4), ([3, 1, 2], 2), ([1, 2, 3, 4, 5], 5), ([5, 4, 3, 2, 1], 1),
                             ([2, 2, 3, 1, 4], 3), ([-1.5, -2.0, 0.25, -1.0, 3.0], 3), ([4, 10, 4, 3, 8, 9], 3)):
            with self.subTest(nums=nums):
                self.assertLongestIncreasing(nums, lis(nums), length)

    def test_equal_values_do_not_increase(self):
        self.assertEqual(lis([7, 7, 7, 7]), [7])
        self.assertLongestIncreasing([1, 3, 3, 3, 2, 4], lis([1, 3, 3, 3, 2, 4]), 3)

    def test_the_tails_are_not_the_answer(self):
        # Patience sorting ends with tails [1, 4, 5], which is not a subsequence; [3, 4, 5] is.
        self.assertEqual(lis([3, 4, 5, 1]), [3, 4, 5])
        self.assertEqual(lis([2, 6, 8, 3, 4, 5, 1]), [2, 3, 4, 5])

    def test_empty_and_single(self):
        self.assertEqual(lis([]), [])
        self.assertEqual(lis([42]), [42])

    def test_input_is_not_modified(self):
        nums = [5, 1, 4, 2, 3]
        self.assertEqual(lis(nums), [1, 2, 3])
        self.assertEqual(nums, [5, 1, 4, 2, 3])


class TestLargeInput(TimedTestCase):
    time_limit = 5.0

    def test_one_hundred_thousand_numbers(self):
        blocks, size = 400, 250  # 100,000 numbers
        # Blocks rising from block to block, each falling inside: one value per block, 400.
        rising = [b * size + (size - 1 - j) for b in range(blocks) for j in range(size)]
        self.assertLongestIncreasing(rising, lis(rising), blocks)
        # Blocks falling from block to block, each rising inside: one whole block, 250.
        falling = [(blocks - 1 - b) * size + j for b in range(blocks) for j in range(size)]
        self.assertLongestIncreasing(falling, lis(falling), size)

    def test_one_value_repeated_in_the_middle_of_the_tails(self):
        half = 50_000  # 100,000 numbers
        # 0, 2, 4, ... (the answer: every one of them), then 50,000 copies of one value that lands
        # halfway along the tails: scanning the tails from either end walks 25,000 of them each time.
        steps = [2 * i for i in range(half)] + [half + 1] * half
        self.assertLongestIncreasing(steps, lis(steps), half)


if __name__ == "__main__":
    unittest.main()
