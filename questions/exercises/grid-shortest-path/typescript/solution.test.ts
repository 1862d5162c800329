import { test } from "node:test";
import assert from "node:assert/strict";
import { shortestPath } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

const EXAMPLE = [
  ".....",
  "####.",
  ".....",
  ".####",
  ".....",
];

test("example from the prompt", () => {
  assert.equal(shortestPath(EXAMPLE, [0, 0], [4, 4]), 16);
  assert.equal(shortestPath(EXAMPLE, [4, 4], [0, 0]), 16);
  assert.equal(shortestPath(EXAMPLE, [0, 0], [2, 0]), 10);
});

test("an open grid is the Manhattan distance", () => {
  const grid = ["....", "....", "...."];
  assert.equal(shortestPath(grid, [0, 0], [2, 3]), 5);
  assert.equal(shortestPath(grid, [2, 0], [0, 3]), 5);
});

test("cells near the start in every direction", () => {
  // A depth-first search wanders off in its first direction and reaches most of these by a longer path.
  const grid = Array.from({ length: 5 }, () => ".....");
  for (const goal of [[1, 2], [3, 2], [2, 1], [2, 3]] as Array<[number, number]>) {
    assert.equal(shortestPath(grid, [2, 2], goal), 1, `goal ${goal}`);
  }
  for (const goal of [[0, 2], [4, 2], [2, 0], [2, 4], [1, 1], [1, 3], [3, 1], [3, 3]] as Array<[number, number]>) {
    assert.equal(shortestPath(grid, [2, 2], goal), 2, `goal ${goal}`);
  }
});

test("start equals goal", () => {
  assert.equal(shortestPath(["..", ".."], [1, 0], [1, 0]), 0);
  assert.equal(shortestPath([".#", ".."], [0, 1], [0, 1]), -1);
});

test("a wall at either end", () => {
  assert.equal(shortestPath(["#.", ".."], [0, 0], [1, 1]), -1);
  assert.equal(shortestPath(["..", ".#"], [0, 0], [1, 1]), -1);
});

test("unreachable goal", () => {
  assert.equal(shortestPath([".#.", ".#.", ".#."], [0, 0], [2, 2]), -1);
  assert.equal(shortestPath(["...", ".#.", "#.#"], [0, 0], [2, 1]), -1);
});

test("no diagonal steps", () => {
  assert.equal(shortestPath([".#", ".."], [0, 0], [1, 1]), 2);
  assert.equal(shortestPath([".#.", "#..", "..."], [0, 0], [2, 2]), -1);
});

test("a wide grid: rows and columns not swapped", () => {
  const grid = [".....", "...#."];
  assert.equal(shortestPath(grid, [0, 0], [1, 4]), 5);
  assert.equal(shortestPath(grid, [1, 0], [1, 2]), 2);
});

test("the grid is not modified", () => {
  const grid = [".....", "####.", ".....", ".####", "....."];
  shortestPath(grid, [0, 0], [4, 4]);
  assert.deepEqual(grid, [".....", "####.", ".....", ".####", "....."]);
});

test("malformed grid", () => {
  assert.throws(() => shortestPath(["...", ".."], [0, 0], [0, 1]), RangeError);
  assert.throws(() => shortestPath([".S.", "..."], [0, 0], [1, 1]), RangeError);
});

test("positions outside the grid", () => {
  const grid = ["...", "..."];
  const cases: Array<[[number, number], [number, number]]> = [
    [[2, 0], [0, 0]],
    [[0, 3], [0, 0]],
    [[0, 0], [-1, 0]],
    [[0, 0], [0, -1]],
    [[-1, -1], [1, 2]],
  ];
  for (const [start, goal] of cases) {
    assert.throws(() => shortestPath(grid, start, goal), RangeError, `start ${start}, goal ${goal}`);
  }
  assert.throws(() => shortestPath([], [0, 0], [0, 0]), RangeError);
  assert.throws(() => shortestPath([""], [0, 0], [0, 0]), RangeError);
});

test("a long serpentine maze and a large open grid", () => {
  // Runs in a child process with a time limit: a slow search fails instead of hanging the run.
  const out = runWithCpuLimit(
    `const maze = [];
     for (let r = 0; r < 201; r++) {
       if (r % 2 === 0) maze.push(".".repeat(201));
       else if (Math.floor(r / 2) % 2 === 0) maze.push("#".repeat(200) + ".");
       else maze.push("." + "#".repeat(200));
     }
     const open = Array.from({ length: 300 }, () => ".".repeat(300));
     return [
       m.shortestPath(maze, [0, 0], [200, 200]),
       m.shortestPath(maze, [200, 200], [0, 0]),
       m.shortestPath(open, [0, 0], [299, 299]),
       m.shortestPath(open, [150, 0], [150, 299]),
     ];`,
    3000,
  );
  // Maze: 101 open rows crossed end to end (200 steps each) and 100 gaps (2 steps each).
  assert.deepEqual(out, [101 * 200 + 100 * 2, 20_400, 598, 299]);
});
