import { test } from "node:test";
import assert from "node:assert/strict";
import { maxWindowSum } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("basic", () => {
  assert.equal(maxWindowSum([2, 1, 5, 1, 3, 2], 3), 9);
});

test("window of one is the maximum", () => {
  assert.equal(maxWindowSum([4, -1, 2], 1), 4);
});

test("window is the whole list", () => {
  assert.equal(maxWindowSum([1, 2, 3], 3), 6);
});

test("single element", () => {
  assert.equal(maxWindowSum([-7], 1), -7);
});

test("all negative", () => {
  assert.equal(maxWindowSum([-3, -1, -2], 2), -3);
});

test("best window at the end", () => {
  assert.equal(maxWindowSum([1, 1, 1, 1, 10, 10], 2), 20);
});

test("mixed signs", () => {
  assert.equal(maxWindowSum([5, -10, 6, 6, -1, 2, -20, 4], 3), 11);
});

test("invalid k throws RangeError", () => {
  assert.throws(() => maxWindowSum([1, 2, 3], 0), RangeError);
  assert.throws(() => maxWindowSum([1, 2, 3], 4), RangeError);
  assert.throws(() => maxWindowSum([1, 2, 3], -1), RangeError);
  assert.throws(() => maxWindowSum([], 1), RangeError);
});

test("input is not modified", () => {
  const nums = [3, 1, 4, 1, 5];
  maxWindowSum(nums, 2);
  assert.deepEqual(nums, [3, 1, 4, 1, 5]);
});

test("large input", () => {
  // One pass over a million items takes milliseconds; summing each of the 500,001 windows from
  // scratch is 2.5e11 additions, minutes even for compiled JavaScript.
  const out = runWithCpuLimit(
    `const n = 1000000, k = 500000;
     const nums = new Array(n).fill(-1);
     for (let i = 273421; i < 273421 + k; i++) nums[i] = 2;
     return m.maxWindowSum(nums, k);`,
    2000,
  );
  assert.equal(out, 1_000_000);
});
