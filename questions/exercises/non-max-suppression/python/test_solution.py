import unittest

from solution import iou, nms
from timed_test import TimedTestCase


A = (0, 0, 10, 10)
B = (1, 1, 11, 11)    # IoU with A: 81 / 119
C = (20, 20, 30, 30)  # overlaps nothing
D = (2, 0, 12, 10)    # IoU with A: 80 / 120, with B: 81 / 119
NAN = float("nan")


class TestIou(TimedTestCase):
    def test_partial_overlaps(self):
        self.assertAlmostEqual(iou(A, B), 81 / 119)
        self.assertAlmostEqual(iou(A, D), 2 / 3)
        self.assertAlmostEqual(iou((0, 0, 2, 2), (1, 1, 3, 3)), 1 / 7)
        self.assertAlmostEqual(iou((0, 0, 2, 1), (1, 0, 3, 1)), 1 / 3)

    def test_symmetric(self):
        self.assertAlmostEqual(iou(B, A), iou(A, B))
        self.assertAlmostEqual(iou(D, B), 81 / 119)

    def test_identical_and_nested(self):
        self.assertEqual(iou(A, A), 1.0)
        self.assertAlmostEqual(iou((0, 0, 4, 4), (1, 1, 2, 2)), 1 / 16)
        self.assertAlmostEqual(iou((0.5, 0.5, 1.5, 2.5), (0.5, 0.5, 1.5, 2.5)), 1.0)

    def test_disjoint_and_touching(self):
        self.assertEqual(iou((0, 0, 1, 1), (2, 2, 3, 3)), 0.0)  # both gaps negative
        self.assertEqual(iou((0, 0, 1, 1), (2, 0, 3, 1)), 0.0)
        self.assertEqual(iou((0, 0, 1, 1), (1, 0, 2, 1)), 0.0)  # shared edge
        self.assertEqual(iou((0, 0, 1, 1), (1, 1, 2, 2)), 0.0)  # shared corner
        self.assertEqual(iou(A, C), 0.0)

    def test_zero_area_boxes(self):
        self.assertEqual(iou((1, 1, 1, 1), (1, 1, 1, 1)), 0.0)
        self.assertEqual(iou((1, 1, 1, 1), (0, 0, 2, 2)), 0.0)
        self.assertEqual(iou((0, 1, 4, 1), (0, 1, 4, 1)), 0.0)

    def test_invalid_boxes(self):
        for a in ((2, 0, 1, 1), (0, 2, 1, 1), (0, 0, NAN, 1)):
            with self.subTest(box=a):
                with self.assertRaises(ValueError):
                    iou(a, (0, 0, 1, 1))


class TestNms(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(nms([A, B], [0.9, 0.8], 0.5), [0])
        self.assertEqual(nms([A, B], [0.9, 0.8], 0.7), [0, 1])
        self.assertEqual(nms([A, B], [0.8, 0.9], 0.5), [1])

    def test_thresholds_on_four_boxes(self):
        boxes, scores = [A, B, C, D], [0.9, 0.8, 0.7, 0.85]
        self.assertEqual(nms(boxes, scores, 0.5), [0, 2])
        self.assertEqual(nms(boxes, scores, 0.67), [0, 3, 2])  # D: 0.667 <= 0.67; B: 0.681 > 0.67
        self.assertEqual(nms(boxes, scores, 0.7), [0, 3, 1, 2])

    def test_an_iou_equal_to_the_threshold_is_kept(self):
        # Intersection 2, union 3 + 3 - 2 = 4: IoU exactly 0.5.
        self.assertEqual(nms([(0, 0, 3, 1), (1, 0, 4, 1)], [0.9, 0.8], 0.5), [0, 1])

    def test_a_suppressed_box_suppresses_nothing(self):
        # Y overlaps X and Z by 1/3 each; X and Z only touch. Y goes, Z stays.
        x, y, z = (0, 0, 10, 10), (5, 0, 15, 10), (10, 0, 20, 10)
        self.assertEqual(nms([x, y, z], [0.9, 0.8, 0.7], 0.3), [0, 2])
        self.assertEqual(nms([z, y, x], [0.7, 0.8, 0.9], 0.3), [2, 0])

    def test_equal_scores_go_in_index_order(self):
        self.assertEqual(nms([A, A], [0.5, 0.5], 0.5), [0])
        self.assertEqual(nms([C, A, B], [0.5, 0.5, 0.5], 0.9), [0, 1, 2])
        self.assertEqual(nms([B, C, A], [0.3, 0.6, 0.6], 0.5), [1, 2])

    def test_extreme_thresholds(self):
        self.assertEqual(nms([A, A, B], [0.1, 0.3, 0.2], 1.0), [1, 2, 0])
        touching = [(0, 0, 1, 1), (1, 0, 2, 1), (0.5, 0, 1.5, 1)]
        self.assertEqual(nms(touching, [0.9, 0.8, 0.7], 0.0), [0, 1])

    def test_no_boxes(self):
        self.assertEqual(nms([], [], 0.5), [])

    def test_inputs_are_not_modified(self):
        boxes, scores = [A, B, C, D], [0.9, 0.8, 0.7, 0.85]
        nms(boxes, scores, 0.5)
        self.assertEqual((boxes, scores), ([A, B, C, D], [0.9, 0.8, 0.7, 0.85]))

    def test_invalid_input(self):
        cases = [
            ([A, B], [0.9], 0.5),
            ([A], [0.9], -0.1),
            ([A], [0.9], 1.5),
            ([A, (5, 5, 4, 6)], [0.9, 0.8], 0.5),
            ([A, B], [0.9, NAN], 0.5),
            ([A], [0.9], NAN),
        ]
        for i, (boxes, scores, threshold) in enumerate(cases):
            with self.subTest(case=i):
                with self.assertRaises(ValueError):
                    nms(boxes, scores, threshold)


if __name__ == "__main__":
    unittest.main()
