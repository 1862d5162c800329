import copy
import unittest

from solution import min_meeting_rooms
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    time_limit = 5.0


class TestMinMeetingRooms(TimedTestCase):
    def test_examples_from_prompt(self):
        self.assertEqual(min_meeting_rooms([[0, 30], [5, 10], [15, 20]]), 2)
        self.assertEqual(min_meeting_rooms([[7, 10], [2, 4]]), 1)
        self.assertEqual(min_meeting_rooms([[1, 5], [5, 10], [10, 15]]), 1)
        self.assertEqual(min_meeting_rooms([[1, 10], [2, 3], [4, 5], [6, 7]]), 2)

    def test_no_meetings_and_one_meeting(self):
        self.assertEqual(min_meeting_rooms([]), 0)
        self.assertEqual(min_meeting_rooms([[3, 4]]), 1)

    def test_touching_meetings_share_a_room_in_any_order(self):
        self.assertEqual(min_meeting_rooms([[10, 15], [5, 10], [1, 5]]), 1)
        self.assertEqual(min_meeting_rooms([[2, 10], [10, 12]]), 1)

    def test_all_overlapping(self):
        # All three are in progress from 3 to 10.
        self.assertEqual(min_meeting_rooms([[1, 10], [2, 11], [3, 12]]), 3)
        self.assertEqual(min_meeting_rooms([[0, 1]] * 4), 4)

    def test_pairwise_overlaps_are_not_simultaneous(self):
        # [2, 5] overlaps both others, but [1, 3] ends before [4, 6] starts: 2 rooms.
        self.assertEqual(min_meeting_rooms([[1, 3], [2, 5], [4, 6]]), 2)
        # A chain: each overlaps the next, never three at once.
        self.assertEqual(min_meeting_rooms([[0, 2], [1, 4], [3, 6], [5, 8], [7, 9]]), 2)

    def test_peak_early_then_fewer(self):
        # Two at once at the start, then one: the answer is the peak, not the rooms in use at the end.
        self.assertEqual(min_meeting_rooms([[1, 2], [1, 2], [5, 6]]), 2)
        self.assertEqual(min_meeting_rooms([[5, 6], [1, 3], [2, 4], [1, 4], [10, 11]]), 3)

    def test_long_meeting_overlaps_later_ones(self):
        # [1, 100] overlaps everything; the others are pairwise disjoint except [20, 40] and [30, 50].
        self.assertEqual(min_meeting_rooms([[1, 100], [10, 15], [20, 40], [30, 50], [60, 70]]), 3)

    def test_negative_and_large_times(self):
        self.assertEqual(min_meeting_rooms([[-5, -1], [-3, 2]]), 2)
        self.assertEqual(min_meeting_rooms([[9, 10], [10, 11], [100, 101]]), 1)
        self.assertEqual(min_meeting_rooms([[100, 200], [9, 150], [150, 160]]), 2)

    def test_invalid_meetings(self):
        for bad in ([[3, 3]], [[5, 2]], [[0, 1], [4, 4]], [[1, 2], [7, -7]]):
            with self.subTest(meetings=bad):
                with self.assertRaises(ValueError):
                    min_meeting_rooms(bad)

    def test_input_not_modified(self):
        meetings = [[15, 20], [0, 30], [5, 10]]
        before = copy.deepcopy(meetings)
        min_meeting_rooms(meetings)
        self.assertEqual(meetings, before)

    def test_tuples_accepted(self):
        self.assertEqual(min_meeting_rooms([(0, 30), (5, 10), (15, 20)]), 2)

    def test_large_input_is_n_log_n(self):
        n = 200_000
        # Meeting i is [i, i + 3), given in a scrambled order (7919 is prime, so i -> 7919 i mod n is a
        # permutation). At any time from 2 to n - 1 exactly three are in progress, plus one long meeting.
        meetings = [[(7919 * i) % n, (7919 * i) % n + 3] for i in range(n)]
        meetings.append([0, 10**6])
        self.assertEqual(min_meeting_rooms(meetings), 4)
        self.assertEqual(min_meeting_rooms([[0, 1]] * 100_000), 100_000)


if __name__ == "__main__":
    unittest.main()
