import unittest

from solution import kmeans
from timed_test import TimedTestCase


class TestKMeans(TimedTestCase):
    def assertCentroidsAlmostEqual(self, actual, expected):
        self.assertEqual(len(actual), len(expected))
        for a_row, e_row in zip(actual, expected):
            self.assertEqual(len(a_row), len(e_row))
            for a, e in zip(a_row, e_row):
                self.assertAlmostEqual(a, e, places=9)

    def test_two_clear_clusters(self):
        points = [[0, 0], [0, 1], [1, 0], [10, 10], [10, 11], [11, 10]]
        centroids, labels = kmeans(points, [[0, 0], [10, 10]])
        self.assertCentroidsAlmostEqual(centroids, [[1 / 3, 1 / 3], [31 / 3, 31 / 3]])
        self.assertEqual(labels, [0, 0, 0, 1, 1, 1])

    def test_example_needs_several_iterations(self):
        points = [[1], [2], [3], [10], [11], [12]]
        centroids, labels = kmeans(points, [[1], [2]])
        self.assertCentroidsAlmostEqual(centroids, [[2], [11]])
        self.assertEqual(labels, [0, 0, 0, 1, 1, 1])

    def test_max_iter_limits_the_updates(self):
        points = [[1], [2], [3], [10], [11], [12]]
        centroids, labels = kmeans(points, [[1], [2]], max_iter=1)
        self.assertCentroidsAlmostEqual(centroids, [[1], [7.6]])
        self.assertEqual(labels, [0, 0, 0, 1, 1, 1])
        centroids, labels = kmeans(points, [[1], [2]], max_iter=0)
        self.assertCentroidsAlmostEqual(centroids, [[1], [2]])
        self.assertEqual(labels, [0, 1, 1, 1, 1, 1])

    def test_ties_go_to_the_lower_index(self):
        centroids, labels = kmeans([[1]], [[0], [2]])
        self.assertCentroidsAlmostEqual(centroids, [[1], [2]])
        self.assertEqual(labels, [0])

    def test_nearest_by_squared_euclidean_distance(self):
        # From (0, 0), centroid (2, 2) is nearer in Euclidean distance (8 against 9, squared)
        # but farther in Manhattan distance (4 against 3).
        centroids, labels = kmeans([[0, 0]], [[2, 2], [3, 0]])
        self.assertCentroidsAlmostEqual(centroids, [[0, 0], [3, 0]])
        self.assertEqual(labels, [0])

    def test_empty_cluster_keeps_its_centroid(self):
        centroids, labels = kmeans([[0], [1]], [[0], [100]])
        self.assertCentroidsAlmostEqual(centroids, [[0.5], [100]])
        self.assertEqual(labels, [0, 0])
        centroids, labels = kmeans([[0], [2]], [[1], [1]])
        self.assertCentroidsAlmostEqual(centroids, [[1], [1]])
        self.assertEqual(labels, [0, 0])

    def test_three_blobs(self):
        centres = [(0, 0), (50, 0), (0, 50)]
        points = [[cx + dx, cy + dy] for cx, cy in centres for dx in range(-2, 3) for dy in range(-2, 3)]
        centroids, labels = kmeans(points, [[1, 1], [45, 3], [3, 45]])
        self.assertCentroidsAlmostEqual(centroids, [[0, 0], [50, 0], [0, 50]])
        self.assertEqual(labels, [0] * 25 + [1] * 25 + [2] * 25)

    def test_inputs_are_not_modified(self):
        points = [[0.0], [1.0], [9.0]]
        initial = [[0.0], [9.0]]
        kmeans(points, initial)
        self.assertEqual(points, [[0.0], [1.0], [9.0]])
        self.assertEqual(initial, [[0.0], [9.0]])

    def test_no_points(self):
        initial = [[1.0, 2.0]]
        centroids, labels = kmeans([], initial)
        self.assertEqual(centroids, [[1.0, 2.0]])
        self.assertIsNot(centroids[0], initial[0])
        self.assertEqual(labels, [])

    def test_invalid_arguments(self):
        with self.assertRaises(ValueError):
            kmeans([[1.0]], [])
        with self.assertRaises(ValueError):
            kmeans([[1.0, 2.0]], [[1.0]])
        with self.assertRaises(ValueError):
            kmeans([[1.0]], [[1.0], [2.0, 3.0]])
        with self.assertRaises(ValueError):
            kmeans([[1.0]], [[1.0]], max_iter=-1)


if __name__ == "__main__":
    unittest.main()
