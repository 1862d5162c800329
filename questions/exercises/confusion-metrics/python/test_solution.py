import unittest

from solution import classification_metrics
from timed_test import TimedTestCase


class TestClassificationMetrics(TimedTestCase):
    def assertMetrics(self, actual, counts, ratios):
        self.assertEqual(set(actual), {"tp", "fp", "fn", "tn", "precision", "recall", "f1", "accuracy"})
        for key, value in counts.items():
            self.assertEqual(actual[key], value, key)
        for key, value in ratios.items():
            self.assertAlmostEqual(actual[key], value, msg=key)

    def test_example(self):
        m = classification_metrics([1, 0, 1, 1, 0, 1, 0, 0], [1, 0, 0, 1, 1, 1, 0, 1], 1)
        self.assertMetrics(
            m,
            {"tp": 3, "fp": 2, "fn": 1, "tn": 2},
            {"precision": 0.6, "recall": 0.75, "f1": 2 / 3, "accuracy": 0.625},
        )

    def test_perfect_predictions(self):
        m = classification_metrics([1, 0, 1], [1, 0, 1], 1)
        self.assertMetrics(m, {"tp": 2, "fp": 0, "fn": 0, "tn": 1},
                           {"precision": 1.0, "recall": 1.0, "f1": 1.0, "accuracy": 1.0})

    def test_no_predicted_positives(self):
        m = classification_metrics([1, 0, 1, 0], [0, 0, 0, 0], 1)
        self.assertMetrics(m, {"tp": 0, "fp": 0, "fn": 2, "tn": 2},
                           {"precision": 0.0, "recall": 0.0, "f1": 0.0, "accuracy": 0.5})

    def test_no_positives_at_all(self):
        m = classification_metrics([0, 0, 0], [0, 0, 0], 1)
        self.assertMetrics(m, {"tp": 0, "fp": 0, "fn": 0, "tn": 3},
                           {"precision": 0.0, "recall": 0.0, "f1": 0.0, "accuracy": 1.0})

    def test_all_wrong(self):
        m = classification_metrics([1, 0], [0, 1], 1)
        self.assertMetrics(m, {"tp": 0, "fp": 1, "fn": 1, "tn": 0},
                           {"precision": 0.0, "recall": 0.0, "f1": 0.0, "accuracy": 0.0})

    def test_string_labels_one_vs_rest(self):
        m = classification_metrics(["cat", "dog", "bird", "cat"], ["cat", "cat", "bird", "dog"], "cat")
        self.assertMetrics(m, {"tp": 1, "fp": 1, "fn": 1, "tn": 1},
                           {"precision": 0.5, "recall": 0.5, "f1": 0.5, "accuracy": 0.5})
        # Confusing two negative classes is still a true negative for "cat".
        m = classification_metrics(["cat", "dog", "bird"], ["cat", "bird", "dog"], "cat")
        self.assertMetrics(m, {"tp": 1, "fp": 0, "fn": 0, "tn": 2}, {"accuracy": 1.0})

    def test_other_labels_are_negative(self):
        m = classification_metrics([2, 1, 1], [1, 2, 1], 1)
        self.assertMetrics(m, {"tp": 1, "fp": 1, "fn": 1, "tn": 0},
                           {"precision": 0.5, "recall": 0.5, "f1": 0.5, "accuracy": 1 / 3})

    def test_labels_compare_by_value(self):
        # Equal labels built at run time are different objects; "1" is not 1.
        big = [int("1000000"), int("7"), int("1000000")]
        m = classification_metrics(big, [1_000_000, 1_000_000, int("1000000")], 1_000_000)
        self.assertMetrics(m, {"tp": 2, "fp": 1, "fn": 0, "tn": 0}, {"accuracy": 2 / 3})
        m = classification_metrics(["".join(["c", "at"]), "dog"], ["cat", "cat"], "cat")
        self.assertMetrics(m, {"tp": 1, "fp": 1, "fn": 0, "tn": 0}, {"accuracy": 0.5})
        m = classification_metrics([1, "1"], ["1", 1], 1)
        self.assertMetrics(m, {"tp": 0, "fp": 1, "fn": 1, "tn": 0}, {"accuracy": 0.0})

    def test_empty(self):
        m = classification_metrics([], [], 1)
        self.assertMetrics(m, {"tp": 0, "fp": 0, "fn": 0, "tn": 0},
                           {"precision": 0.0, "recall": 0.0, "f1": 0.0, "accuracy": 0.0})

    def test_length_mismatch(self):
        with self.assertRaises(ValueError):
            classification_metrics([1, 0], [1], 1)
        with self.assertRaises(ValueError):
            classification_metrics([1], [1, 0], 1)


if __name__ == "__main__":
    unittest.main()
