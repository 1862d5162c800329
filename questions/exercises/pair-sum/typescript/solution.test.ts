import { test } from "node:test";
import assert from "node:assert/strict";
import { pairSum } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/** Compare two lists by length and first difference, without the slow diff of a failed deepEqual. */
function assertSameList(actual: unknown[], expected: unknown[]): void {
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    assert.ok(
      JSON.stringify(actual[i]) === JSON.stringify(expected[i]),
      `first difference at index ${i}: ${JSON.stringify(actual[i])} != ${JSON.stringify(expected[i])}`,
    );
  }
  assert.equal(actual.length, expected.length, "lengths differ");
}

test("basic", () => {
  assert.deepEqual(pairSum([1, 2, 3, 4, 5], 6), [[1, 5], [2, 4]]);
});

test("unsorted input, sorted output", () => {
  assert.deepEqual(pairSum([5, 4, 1, 2, 3], 6), [[1, 5], [2, 4]]);
  assert.deepEqual(pairSum([2, 4, 1, 5], 6), [[1, 5], [2, 4]]);
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

test("each number is read a bounded number of times, not searched for", () => {
  // A hash map reads every number once or twice; searching the array for each partner
  // (includes, indexOf) reads it again on every lookup. Counted reads, not a time limit.
  const n = 20_000;
  const values = Array.from({ length: n }, (_, i) => (i * 7919) % n); // a permutation of 0..n-1
  const limit = 10 * n;
  let reads = 0;
  const nums = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key) && ++reads > limit) {
        throw new Error(`read more than ${limit} elements of a ${n}-element input: is each partner searched for, O(n) per lookup?`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
  const result = pairSum(nums, n - 1);
  assert.equal(result.length, n / 2);
  assert.deepEqual([result[0], result[result.length - 1]], [[0, n - 1], [n / 2 - 1, n / 2]]);
});

test("large input", () => {
  const out = runWithCpuLimit(
    `const n = 200000;
     const nums = [];
     for (let i = 0; i < n; i++) nums.push((i * 7919) % n); // a permutation of 0..n-1
     const result = m.pairSum(nums, n - 1);
     return [result.length, result[0], result[result.length - 1]];`,
    3000,
  );
  assert.deepEqual(out, [100_000, [0, 199_999], [99_999, 100_000]]);
});

test("large input with many duplicates", () => {
  const out = runWithCpuLimit(
    `const nums = [];
     for (let i = 0; i < 200000; i++) nums.push((i % 1000) - 500); // -500..499, 200 times each
     return m.pairSum(nums, 0);`,
    3000,
  );
  const expected: number[][] = [];
  for (let a = 499; a >= 0; a--) expected.push([0 - a, a]);
  assertSameList(out as unknown[], expected);
});
