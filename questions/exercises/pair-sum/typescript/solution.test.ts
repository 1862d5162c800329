import { test } from "node:test";
import assert from "node:assert/strict";
import { pairSum } from "./solution.ts";

test("basic", () => {
  assert.deepEqual(pairSum([1, 2, 3, 4, 5], 6), [[1, 5], [2, 4]]);
});

test("unsorted input, sorted output", () => {
  assert.deepEqual(pairSum([5, 4, 1, 2, 3], 6), [[1, 5], [2, 4]]);
});

test("empty", () => {
  assert.deepEqual(pairSum([], 0), []);
});

test("single element cannot pair with itself", () => {
  assert.deepEqual(pairSum([3], 6), []);
});

test("equal values need two occurrences", () => {
  assert.deepEqual(pairSum([3, 3, 3], 6), [[3, 3]]);
  assert.deepEqual(pairSum([3, 1, 5], 6), [[1, 5]]);
});

test("duplicates are reported once", () => {
  assert.deepEqual(pairSum([1, 1, 5, 5, 1, 5], 6), [[1, 5]]);
});

test("negatives and zero", () => {
  assert.deepEqual(pairSum([-2, 0, 2, 4, -2], 2), [[-2, 4], [0, 2]]);
  assert.deepEqual(pairSum([-3, 3, 0, 0, -1], 0), [[-3, 3], [0, 0]]);
});

test("no pairs", () => {
  assert.deepEqual(pairSum([1, 2, 4], 100), []);
});

test("input is not modified", () => {
  const nums = [4, 2, 3, 1];
  pairSum(nums, 5);
  assert.deepEqual(nums, [4, 2, 3, 1]);
});

test("large input", () => {
  const n = 200_000;
  const nums: number[] = [];
  for (let i = 0; i < n; i++) nums.push((i * 7919) % n); // a permutation of 0..n-1
  const start = performance.now();
  const result = pairSum(nums, n - 1);
  const elapsed = performance.now() - start;
  assert.equal(result.length, n / 2);
  assert.deepEqual(result[0], [0, n - 1]);
  assert.deepEqual(result[result.length - 1], [n / 2 - 1, n / 2]);
  assert.ok(elapsed < 3000, `took ${elapsed} ms`);
});

test("large input with many duplicates", () => {
  const nums: number[] = [];
  for (let i = 0; i < 200_000; i++) nums.push((i % 1000) - 500); // -500..499, 200 times each
  const expected: [number, number][] = [];
  for (let a = 499; a >= 0; a--) expected.push([-a, a]);
  assert.deepEqual(pairSum(nums, 0), expected);
});
