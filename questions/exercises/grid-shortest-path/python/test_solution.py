import unittest

from solution import shortest_path
from timed_test import TimedTestCase


EXAMPLE = [
    ".....",
    "####.",
    ".....",
    ".####",
    ".....",
]


def serpentine(width, height):
    """Even rows open; odd rows walls with one gap, alternately at the right and the left end."""
    rows = []
    for r in range(height):
        if r % 2 == 0:
            rows.append("." * width)
        elif (r // 2) % 2 == 0:
            rows.append("#" * (width - 1) + ".")
        else:
            rows.append("." + "#" * (width - 1))
    return rows


class TestShortestPath(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(shortest_path(EXAMPLE, (0, 0), (4, 4)), 16)
        self.assertEqual(shortest_path(EXAMPLE, (4, 4), (0, 0)), 16)
        self.assertEqual(shortest_path(EXAMPLE, (0, 0), (2, 0)), 10)

    def test_open_grid_is_manhattan_distance(self):
        grid = ["...."] * 3
        self.assertEqual(shortest_path(grid, (0, 0), (2, 3)), 5)
        self.assertEqual(shortest_path(grid, (2, 0), (0, 3)), 5)

    def test_cells_near_the_start_in_every_direction(self):
        # A depth-first search wanders off in its first direction and reaches most of these by a longer path.
        grid = ["....."] * 5
        for goal in ((1, 2), (3, 2), (2, 1), (2, 3)):
            with self.subTest(goal=goal):
                self.assertEqual(shortest_path(grid, (2, 2), goal), 1)
        for goal in ((0, 2), (4, 2), (2, 0), (2, 4), (1, 1), (1, 3), (3, 1), (3, 3)):
            with self.subTest(goal=goal):
                self.assertEqual(shortest_path(grid, (2, 2), goal), 2)

    def test_start_equals_goal(self):
        self.assertEqual(shortest_path(["..", ".."], (1, 0), (1, 0)), 0)
        self.assertEqual(shortest_path([".#", ".."], (0, 1), (0, 1)), -1)

    def test_walls_at_either_end(self):
        self.assertEqual(shortest_path(["#.", ".."], (0, 0), (1, 1)), -1)
        self.assertEqual(shortest_path(["..", ".#"], (0, 0), (1, 1)), -1)

    def test_unreachable(self):
        self.assertEqual(shortest_path([".#.", ".#.", ".#."], (0, 0), (2, 2)), -1)
        self.assertEqual(shortest_path(["...", ".#.", "#.#"], (0, 0), (2, 1)), -1)

    def test_no_diagonal_steps(self):
        self.assertEqual(shortest_path([".#", ".."], (0, 0), (1, 1)), 2)
        self.assertEqual(shortest_path([".#.", "#..", "..."], (0, 0), (2, 2)), -1)

    def test_wide_grid_rows_and_columns_not_swapped(self):
        grid = [".....", "...#."]
        self.assertEqual(shortest_path(grid, (0, 0), (1, 4)), 5)
        self.assertEqual(shortest_path(grid, (1, 0), (1, 2)), 2)

    def test_malformed_grid(self):
        with self.assertRaises(ValueError):
            shortest_path(["...", ".."], (0, 0), (0, 1))
        with self.assertRaises(ValueError):
            shortest_path([".S.", "..."], (0, 0), (1, 1))

    def test_positions_outside_the_grid(self):
        grid = ["...", "..."]
        for start, goal in (((2, 0), (0, 0)), ((0, 3), (0, 0)), ((0, 0), (-1, 0)), ((0, 0), (0, -1)), ((-1, -1), (1, 2))):
            with self.subTest(start=start, goal=goal):
                with self.assertRaises(ValueError):
                    shortest_path(grid, start, goal)
        with self.assertRaises(ValueError):
            shortest_path([], (0, 0), (0, 0))
        with self.assertRaises(ValueError):
            shortest_path([""], (0, 0), (0, 0))


class TestLargeGrids(TimedTestCase):
    time_limit = 4.0

    def test_long_serpentine_maze(self):
        # 101 open rows crossed end to end (200 steps each) and 100 gaps (2 steps each): 20,400.
        maze = serpentine(201, 201)
        self.assertEqual(shortest_path(maze, (0, 0), (200, 200)), 101 * 200 + 100 * 2)
        self.assertEqual(shortest_path(maze, (200, 200), (0, 0)), 20_400)

    def test_large_open_grid(self):
        grid = ["." * 300] * 300
        self.assertEqual(shortest_path(grid, (0, 0), (299, 299)), 598)
        self.assertEqual(shortest_path(grid, (150, 0), (150, 299)), 299)


if __name__ == "__main__":
    unittest.main()
