import random
import unittest

from solution import RunningMedian
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 3.0

    def assertMedians(self, got, expected, what="medians"):
        """Report the first add after which the median is wrong (a diff of long lists is slow)."""
        self.assertEqual(len(got), len(expected), f"{what}: number of medians")
        for i, (g, e) in enumerate(zip(got, expected)):
            if g != e:
                self.fail(f"{what}: after add {i + 1} the median is {g}, expected {e}")


def medians(values):
    """The median after each add."""
    rm = RunningMedian()
    out = []
    for x in values:
        rm.add(x)
        out.append(rm.median())
    return out


def by_sorting(values):
    """The same, worked out by sorting every prefix (slow, for short streams only)."""
    out = []
    for n in range(1, len(values) + 1):
        s = sorted(values[:n])
        out.append(s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2)
    return out


def stream(n, seed=12345):
    """n integers in [-500000, 500003) from the Park-Miller generator x -> 48271 x mod (2^31 - 1)."""
    x = seed
    out = []
    for _ in range(n):
        x = x * 48271 % 2147483647
        out.append(x % 1000003 - 500000)
    return out


class TestRunningMedian(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(medians([5, 15, 1, 3, 8, 7]), [5, 10, 5, 4, 5, 6])

    def test_even_count_averages_the_middle_two(self):
        self.assertEqual(medians([1, 2]), [1, 1.5])
        self.assertEqual(medians([-3, -2]), [-3, -2.5])
        self.assertEqual(medians([10, 0, 7, 3]), [10, 5, 7, 5])
        self.assertEqual(medians([0.25, 0.5]), [0.25, 0.375])

    def test_odd_count_is_the_middle_value(self):
        self.assertEqual(medians([9, -4, 2, 100, -50])[-1], 2)
        self.assertEqual(medians([3, 1, 2])[-1], 2)

    def test_duplicates(self):
        self.assertEqual(medians([4, 4, 4, 4, 4]), [4, 4, 4, 4, 4])
        self.assertEqual(medians([1, 1, 5, 5, 1, 5]), [1, 1, 1, 3, 1, 3])

    def test_ascending_and_descending_streams(self):
        up = list(range(1, 201))
        self.assertMedians(medians(up), [(n + 1) / 2 for n in range(1, 201)], "ascending")
        down = list(range(200, 0, -1))
        self.assertMedians(medians(down), [200 - (n - 1) / 2 for n in range(1, 201)], "descending")

    def test_matches_sorting_on_random_streams(self):
        rng = random.Random(7)
        for trial in range(5):
            values = [rng.randint(-50, 50) for _ in range(400)]  # many duplicates
            self.assertMedians(medians(values), by_sorting(values), f"integer stream {trial}")
        values = [rng.uniform(-1e6, 1e6) for _ in range(400)]
        for got, expected in zip(medians(values), by_sorting(values)):
            self.assertAlmostEqual(got, expected, delta=1e-6)

    def test_median_does_not_change_the_stream(self):
        rm = RunningMedian()
        for x in [3, 9, 1]:
            rm.add(x)
        self.assertEqual([rm.median(), rm.median()], [3, 3])
        rm.add(10)
        self.assertEqual(rm.median(), 6)

    def test_len(self):
        rm = RunningMedian()
        self.assertEqual(len(rm), 0)
        for i, x in enumerate([5, 5, -1, 8], 1):
            rm.add(x)
            self.assertEqual(len(rm), i)

    def test_empty_stream_raises(self):
        with self.assertRaises(ValueError):
            RunningMedian().median()

    def test_large_stream(self):
        # 100 000 values, the median after every one. Sum and checkpoints worked out separately with
        # order statistics in a Fenwick tree. Re-sorting on every add is far over the time limit.
        values = stream(100_000)
        rm = RunningMedian()
        total = 0.0
        checkpoints = {}
        for i, x in enumerate(values, 1):
            rm.add(x)
            m = rm.median()
            total += m
            if i in (1, 2, 3, 10, 1000, 99_999, 100_000):
                checkpoints[i] = m
        self.assertEqual(
            checkpoints,
            {1: 403710, 2: 40131.5, 3: 251495, 10: -53346, 1000: -23146.5, 99_999: -847, 100_000: -836.5},
        )
        self.assertEqual(total, -321829509.0)
        self.assertEqual(len(rm), 100_000)


if __name__ == "__main__":
    unittest.main()
