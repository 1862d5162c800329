import { test } from "node:test";
import assert from "node:assert/strict";
import { longestIncreasingSubsequence as lis } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/** `got` is a strictly increasing subsequence of `nums` with the given length. */
function assertLongestIncreasing(nums: number[], got: number[], length: number): void {
  assert.ok(Array.isArray(got), "returns an array");
  assert.equal(got.length, length, `expected a subsequence of length ${length}, got ${got.length}`);
  for (let i = 1; i < got.length; i++) assert.ok(got[i - 1] < got[i], `not strictly increasing: ${got[i - 1]} then ${got[i]}`);
  let at = 0; // greedy matching: got is a subsequence of nums if every value is found in order
  for (const value of got) {
    while (at < nums.length && nums[at] !== value) at++;
    assert.ok(at < nums.length, `not a subsequence of the input: ${value} is missing or out of order`);
    at++;
  }
}

test("example from the prompt", () => {
  const nums = [10, 9, 2, 5, 3, 7, 101, 18];
  assertLongestIncreasing(nums, lis(nums), 4);
});

test("small cases", () => {
  const cases: Array<[number[], number]> = [
    [[0, 1, 0, 3, 2, 3], 4],
    [[3, 1, 2], 2],
    [[1, 2, 3, 4, 5], 5],
    [[5, 4, 3, 2, 1], 1],
    [[2, 2, 3, 1, 4], 3],
    [[-1.5, -2, 0.25, -1, 3], 3],
    [[4, 10, 4, 3, 8, 9], 3],
  ];
  for (const [nums, length] of cases) assertLongestIncreasing(nums, lis(nums), length);
});

test("equal values do not increase", () => {
  assert.deepEqual(lis([7, 7, 7, 7]), [7]);
  assertLongestIncreasing([1, 3, 3, 3, 2, 4], lis([1, 3, 3, 3, 2, 4]), 3);
});

test("the tails are not the answer", () => {
  // Patience sorting ends with tails [1, 4, 5], which is not a subsequence; [3, 4, 5] is.
  assert.deepEqual(lis([3, 4, 5, 1]), [3, 4, 5]);
  assert.deepEqual(lis([2, 6, 8, 3, 4, 5, 1]), [2, 3, 4, 5]);
});

test("values of different magnitudes", () => {
  assert.deepEqual(lis([9, 10, 100, 2]), [9, 10, 100]);
});

test("empty and single", () => {
  assert.deepEqual(lis([]), []);
  assert.deepEqual(lis([42]), [42]);
});

test("the input is not modified", () => {
  const nums = [5, 1, 4, 2, 3];
  assert.deepEqual(lis(nums), [1, 2, 3]);
  assert.deepEqual(nums, [5, 1, 4, 2, 3]);
});

/** Blocks rising from block to block and falling inside, and the mirror image. */
function blockSequences(blocks: number, size: number): { rising: number[]; falling: number[] } {
  const rising: number[] = [];
  const falling: number[] = [];
  for (let b = 0; b < blocks; b++) {
    for (let j = 0; j < size; j++) {
      rising.push(b * size + (size - 1 - j));
      falling.push((blocks - 1 - b) * size + j);
    }
  }
  return { rising, falling };
}

test("300,000 numbers", () => {
  // Runs in a child process with a time limit: the O(n^2) programme fails instead of hanging the run.
  const [up, down] = runWithCpuLimit(
    `${blockSequences.toString()}
     const { rising, falling } = blockSequences(600, 500);
     return [m.longestIncreasingSubsequence(rising), m.longestIncreasingSubsequence(falling)];`,
    4000,
  ) as number[][];
  const { rising, falling } = blockSequences(600, 500);
  // Rising blocks that fall inside: one value per block, 600.
  assertLongestIncreasing(rising, up, 600);
  // Falling blocks that rise inside: one whole block, 500.
  assertLongestIncreasing(falling, down, 500);
});

/** 0, 2, 4, ... (half numbers, the answer), then half copies of one value that lands halfway along the tails. */
function risingThenRepeated(half: number): number[] {
  const nums: number[] = [];
  for (let i = 0; i < half; i++) nums.push(2 * i);
  for (let i = 0; i < half; i++) nums.push(half + 1);
  return nums;
}

test("one value repeated in the middle of the tails", () => {
  // Scanning the tails from either end instead of a binary search walks 200,000 of them for each
  // of the 400,000 copies: 8e10 steps.
  const got = runWithCpuLimit(
    `${risingThenRepeated.toString()}
     return m.longestIncreasingSubsequence(risingThenRepeated(400000));`,
    4000,
  ) as number[];
  assertLongestIncreasing(risingThenRepeated(400_000), got, 400_000);
});
