import { test } from "node:test";
import assert from "node:assert/strict";
import { bestSplit } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

function assertSplit(got: { threshold: number; impurity: number } | null, threshold: number, impurity: number): void {
  assert.ok(got !== null, "a split exists");
  assert.ok(Math.abs(got.threshold - threshold) < 1e-9, `threshold ${got.threshold} != ${threshold}`);
  assert.ok(Math.abs(got.impurity - impurity) < 1e-9, `impurity ${got.impurity} != ${impurity}`);
}

test("example from the prompt", () => {
  // 1.5: 5/6 * 0.48 = 0.4; 2.5: 4/6 * 0.375 = 0.25; 3.5: 4/9; 4.5: 0.25; 5.5: 0.4. The tie goes to 2.5.
  assertSplit(bestSplit([1, 2, 3, 4, 5, 6], [0, 0, 1, 0, 1, 1]), 2.5, 0.25);
});

test("a perfect split", () => {
  assertSplit(bestSplit([1, 2, 3, 4], [0, 0, 1, 1]), 2.5, 0);
  assertSplit(bestSplit([10, 30], ["x", "y"]), 20, 0);
});

test("unsorted input and string labels", () => {
  assertSplit(bestSplit([3, 1, 2, 1], ["a", "b", "a", "b"]), 1.5, 0);
  assertSplit(bestSplit([6, 5, 4, 3, 2, 1], [1, 1, 0, 1, 0, 0]), 2.5, 0.25);
});

test("values sort as numbers", () => {
  // Sorted numerically: 2 a, 9 a, 10 b, 100 b: 9.5 is perfect.
  assertSplit(bestSplit([10, 9, 100, 2], ["b", "a", "b", "a"]), 9.5, 0);
});

test("no threshold between equal values", () => {
  // Only 1.5 separates the values: both sides are {0, 1}, impurity 0.5.
  assertSplit(bestSplit([1, 1, 2, 2], [0, 1, 0, 1]), 1.5, 0.5);
  // Sorted: 1 a, 1 b, 1 b, 5 a. Only 3 is possible: left {a, b, b} = 4/9, weighted 3/4 * 4/9 = 1/3.
  assertSplit(bestSplit([1, 5, 1, 1], ["a", "a", "b", "b"]), 3, 1 / 3);
});

test("three classes", () => {
  // 2.5 and 4.5 both give 4/6 * 0.5 = 1/3; 3.5 gives 4/9; 1.5 and 5.5 give 5/6 * 16/25 = 8/15.
  assertSplit(bestSplit([1, 2, 3, 4, 5, 6], [0, 0, 1, 1, 2, 2]), 2.5, 1 / 3);
});

test("weighted, not averaged", () => {
  // 1.5: {0} | {1, 0, 1, 1} gives 4/5 * 3/8 = 3/10; 3.5: {0, 1, 0} | {1, 1} gives 3/5 * 4/9 = 4/15.
  // Weighted, 3.5 wins; the plain mean of the two sides (3/16 against 2/9) would pick 1.5.
  assertSplit(bestSplit([1, 2, 3, 4, 5], [0, 1, 0, 1, 1]), 3.5, 4 / 15);
});

test("no split possible", () => {
  assert.equal(bestSplit([], []), null);
  assert.equal(bestSplit([4], [1]), null);
  assert.equal(bestSplit([2, 2, 2], [0, 1, 0]), null);
});

test("the inputs are not modified", () => {
  const values = [3, 1, 2];
  const labels = [1, 0, 1];
  bestSplit(values, labels);
  assert.deepEqual([values, labels], [[3, 1, 2], [1, 0, 1]]);
});

test("invalid input throws RangeError", () => {
  assert.throws(() => bestSplit([1, 2], [0]), RangeError);
  assert.throws(() => bestSplit([1, NaN, 3], [0, 1, 0]), RangeError);
});

test("100,000 samples", () => {
  // Runs in a child process with a time limit: recounting both sides for every threshold fails instead of hanging.
  const out = runWithCpuLimit(
    `const n = 100000;
     const values = Array.from({ length: n }, (_, j) => (j * 7919) % n); // a shuffled 0..n-1
     const labels = values.map((v) => (v < 20000 ? 0 : v < 70000 ? 1 : 2));
     return m.bestSplit(values, labels);`,
    4000,
  ) as { threshold: number; impurity: number } | null;
  // At 69,999.5: left 20,000 of class 0 and 50,000 of class 1, G = 1 - (4 + 25) / 49 = 20/49;
  // right pure. Weighted 0.7 * 20/49 = 2/7. (At 19,999.5 it is 0.8 * 30/64 = 0.375.)
  assertSplit(out, 69_999.5, 2 / 7);
});
