import signal
import unittest

from solution import classification_metrics


class TimedTestCase(unittest.TestCase):
    """Each test fails with a TimeoutError after `time_limit` seconds of CPU time instead of hanging.

    The limit counts the CPU time this process uses (ITIMER_PROF), not the wall clock, so a busy
    machine slows a correct solution down without making it fail.
    """

    time_limit = 2.0

    def setUp(self):
        if hasattr(signal, "SIGPROF"):
            def on_limit(signum, frame):
                raise TimeoutError(f"used more than {self.time_limit} s of CPU time: check the complexity")

            signal.signal(signal.SIGPROF, on_limit)
            # Repeats every 0.25 s, so a subTest that swallows the first TimeoutError is stopped too.
            signal.setitimer(signal.ITIMER_PROF, self.time_limit, 0.25)
            self.addCleanup(signal.setitimer, signal.ITIMER_PROF, 0)


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
