import math
import unittest

from solution import sample, sampling_distribution
from timed_test import TimedTestCase


def logs(probs):
    return [math.log(p) for p in probs]


class TestSamplingDistribution(TimedTestCase):
    def assertListAlmostEqual(self, actual, expected, places=9):
        self.assertEqual(len(actual), len(expected))
        for a, e in zip(actual, expected):
            self.assertAlmostEqual(a, e, places=places)

    def test_plain_softmax(self):
        z = sum(math.exp(x) for x in (1, 2, 3))
        expected = [math.exp(1) / z, math.exp(2) / z, math.exp(3) / z]
        self.assertListAlmostEqual(sampling_distribution([1.0, 2.0, 3.0]), expected)

    def test_temperature_sharpens_and_flattens(self):
        for t in (0.5, 2.0):
            z = sum(math.exp(x / t) for x in (1, 2, 3))
            expected = [math.exp(x / t) / z for x in (1, 2, 3)]
            self.assertListAlmostEqual(sampling_distribution([1.0, 2.0, 3.0], temperature=t), expected)
        cold = sampling_distribution([1.0, 2.0, 3.0], temperature=0.5)
        hot = sampling_distribution([1.0, 2.0, 3.0], temperature=2.0)
        self.assertGreater(cold[2], hot[2])

    def test_temperature_zero_is_greedy_with_lowest_index_on_ties(self):
        self.assertEqual(sampling_distribution([1.0, 3.0, 3.0, -2.0], temperature=0), [0.0, 1.0, 0.0, 0.0])
        self.assertEqual(sampling_distribution([3.0, 1.0, 3.0], temperature=0), [1.0, 0.0, 0.0])

    def test_top_k(self):
        self.assertListAlmostEqual(sampling_distribution(logs([0.5, 0.3, 0.2]), top_k=2), [0.625, 0.375, 0.0])
        # top_k at least the vocabulary size changes nothing
        self.assertListAlmostEqual(sampling_distribution(logs([0.5, 0.3, 0.2]), top_k=5), [0.5, 0.3, 0.2])

    def test_top_k_ties_go_to_lower_index(self):
        self.assertListAlmostEqual(sampling_distribution([1.0, 2.0, 2.0, 0.0], top_k=1), [0.0, 1.0, 0.0, 0.0])
        self.assertListAlmostEqual(sampling_distribution([1.0, 2.0, 2.0, 2.0], top_k=2), [0.0, 0.5, 0.5, 0.0])
        self.assertListAlmostEqual(sampling_distribution([2.0, 1.0, 2.0], top_k=1), [1.0, 0.0, 0.0])

    def test_top_p(self):
        logits = logs([0.1, 0.5, 0.15, 0.25])
        self.assertListAlmostEqual(sampling_distribution(logits, top_p=0.6), [0.0, 2 / 3, 0.0, 1 / 3])
        self.assertListAlmostEqual(sampling_distribution(logits, top_p=0.3), [0.0, 1.0, 0.0, 0.0])
        self.assertListAlmostEqual(
            sampling_distribution(logits, top_p=0.8), [0.0, 0.5 / 0.9, 0.15 / 0.9, 0.25 / 0.9]
        )

    def test_top_p_reached_exactly_keeps_the_crossing_token(self):
        # Four equal logits give probabilities of exactly 0.25, so the cumulative sums are exact.
        self.assertListAlmostEqual(sampling_distribution([0.0] * 4, top_p=0.5), [0.5, 0.5, 0.0, 0.0])
        self.assertListAlmostEqual(sampling_distribution([0.0] * 4, top_p=0.75), [1 / 3, 1 / 3, 1 / 3, 0.0])
        self.assertListAlmostEqual(sampling_distribution([0.0] * 4, top_p=0.25), [1.0, 0.0, 0.0, 0.0])

    def test_top_k_then_top_p_on_renormalised_mass(self):
        out = sampling_distribution(logs([0.4, 0.3, 0.2, 0.1]), top_k=3, top_p=0.75)
        self.assertListAlmostEqual(out, [4 / 7, 3 / 7, 0.0, 0.0])

    def test_large_logits_are_stable(self):
        self.assertListAlmostEqual(sampling_distribution([1000.0, 1000.0, -1000.0]), [0.5, 0.5, 0.0])
        self.assertListAlmostEqual(sampling_distribution([5000.0, 4000.0], temperature=0.1), [1.0, 0.0])

    def test_invalid_arguments(self):
        for kwargs in ({"temperature": -1.0}, {"top_k": -1}, {"top_p": 0.0}, {"top_p": 1.5}):
            with self.assertRaises(ValueError):
                sampling_distribution([1.0, 2.0], **kwargs)
        with self.assertRaises(ValueError):
            sampling_distribution([])

    def test_boundary_arguments_are_accepted(self):
        self.assertListAlmostEqual(sampling_distribution([0.0, 0.0], top_p=1.0), [0.5, 0.5])
        self.assertListAlmostEqual(sampling_distribution([0.0, 0.0], top_k=2, top_p=1.0), [0.5, 0.5])


class TestSample(TimedTestCase):
    def test_inverse_cdf(self):
        probs = [0.2, 0.5, 0.3]
        cases = [(0.0, 0), (0.19, 0), (0.2, 1), (0.69, 1), (0.71, 2), (0.9999, 2)]
        for r, expected in cases:
            self.assertEqual(sample(probs, rand=lambda r=r: r), expected, f"r={r}")

    def test_zero_probability_is_never_chosen(self):
        self.assertEqual(sample([0.0, 1.0, 0.0], rand=lambda: 0.0), 1)
        self.assertEqual(sample([0.0, 1.0, 0.0], rand=lambda: 0.999999), 1)
        # ten times 0.1 sums to slightly less than 1 in floating point
        self.assertEqual(sample([0.1] * 10 + [0.0], rand=lambda: 1 - 2**-53), 9)

    def test_pipeline_is_deterministic_with_injected_rand(self):
        probs = sampling_distribution(logs([0.1, 0.5, 0.15, 0.25]), top_p=0.6)
        draws = [sample(probs, rand=lambda r=r: r) for r in (0.1, 0.5, 0.66, 0.67, 0.95)]
        self.assertEqual(draws, [1, 1, 1, 3, 3])


if __name__ == "__main__":
    unittest.main()
