import unittest

from solution import course_order
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertValidOrder(self, n, prerequisites, order):
        """order holds each of 0..n-1 once and puts every prerequisite before its course."""
        self.assertIsNotNone(order, "a valid order exists, but None was returned")
        self.assertEqual(len(order), n, "every course must appear exactly once")
        self.assertEqual(sorted(order), list(range(n)), "every course must appear exactly once")
        position = {course: at for at, course in enumerate(order)}
        for course, pre in prerequisites:
            if position[pre] > position[course]:
                self.fail(f"course {course} is taken before its prerequisite {pre}")


class TestCourseOrder(TimedTestCase):
    def test_example_from_prompt(self):
        pairs = [(1, 0), (2, 0), (3, 1), (3, 2)]
        order = course_order(4, pairs)
        self.assertValidOrder(4, pairs, order)
        self.assertEqual((order[0], order[-1]), (0, 3))
        self.assertIsNone(course_order(4, pairs + [(0, 3)]))

    def test_reaching_a_finished_course_twice_is_not_a_cycle(self):
        pairs = [(3, 0), (1, 0), (2, 1), (2, 3), (4, 2), (4, 0)]
        self.assertValidOrder(5, pairs, course_order(5, pairs))

    def test_no_prerequisites(self):
        self.assertValidOrder(3, [], course_order(3, []))
        self.assertEqual(course_order(1, []), [0])
        self.assertEqual(course_order(0, []), [])

    def test_courses_that_no_pair_mentions_are_included(self):
        pairs = [(1, 0)]
        self.assertValidOrder(5, pairs, course_order(5, pairs))
        pairs = [(4, 3)]
        self.assertValidOrder(6, pairs, course_order(6, pairs))

    def test_cycles(self):
        self.assertIsNone(course_order(2, [(0, 1), (1, 0)]))
        self.assertIsNone(course_order(3, [(1, 1)]))
        # The cycle 2 -> 3 -> 2 lies behind course 0 and does not touch it.
        self.assertIsNone(course_order(5, [(1, 0), (2, 1), (3, 2), (2, 3), (4, 0)]))
        self.assertIsNone(course_order(4, [(1, 0), (2, 1), (3, 2), (1, 3)]))

    def test_repeated_pairs(self):
        pairs = [(1, 0), (1, 0), (2, 1), (2, 0), (2, 1)]
        self.assertEqual(course_order(3, pairs), [0, 1, 2])
        self.assertIsNone(course_order(2, [(1, 0), (0, 1), (1, 0)]))

    def test_order_is_forced_by_a_chain(self):
        self.assertEqual(course_order(4, [(3, 2), (1, 0), (2, 1)]), [0, 1, 2, 3])
        self.assertEqual(course_order(4, [(0, 1), (1, 2), (2, 3)]), [3, 2, 1, 0])

    def test_prerequisites_are_not_modified(self):
        pairs = [(1, 0), (2, 1), (2, 0)]
        course_order(3, pairs)
        self.assertEqual(pairs, [(1, 0), (2, 1), (2, 0)])

    def test_invalid_input(self):
        for n, pairs in ((2, [(2, 0)]), (2, [(0, 2)]), (2, [(0, -1)]), (2, [(-1, 0)]), (0, [(0, 0)])):
            with self.subTest(n=n, pairs=pairs):
                with self.assertRaises(ValueError):
                    course_order(n, pairs)
        with self.assertRaises(ValueError):
            course_order(-1, [])


class TestLargeGraphs(TimedTestCase):
    time_limit = 5.0

    def test_long_chains_a_long_cycle_and_a_wide_graph(self):
        n = 100_000
        forward = [(i + 1, i) for i in range(n - 1)]
        # Compared with ==, not assertEqual: a diff of two 100,000-item lists takes long.
        self.assertTrue(course_order(n, forward) == list(range(n)), "the chain 0 -> 1 -> ... must come out in order")
        backward = [(i, i + 1) for i in range(n - 1)]
        self.assertTrue(course_order(n, backward) == list(range(n - 1, -1, -1)), "the reversed chain must come out in reverse")
        self.assertIsNone(course_order(n, forward + [(0, n - 1)]))
        # A wide graph: course 0 before everything, course n - 1 after everything.
        pairs = [(i, 0) for i in range(1, n)] + [(n - 1, i) for i in range(1, n - 1)]
        order = course_order(n, pairs)
        self.assertEqual((len(order), order[0], order[-1]), (n, 0, n - 1))
        self.assertEqual(len(set(order)), n)


if __name__ == "__main__":
    unittest.main()
