import { test } from "node:test";
import assert from "node:assert/strict";
import { uniqueSubsets } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/** Lexicographic comparison of two arrays of numbers or strings: negative, zero or positive. */
function compare<T extends number | string>(a: T[], b: T[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return a.length - b.length;
}

/** got lists count distinct sub-multisets of items, each ascending, in strictly increasing order. */
function assertDistinctSubsets<T extends number | string>(items: T[], got: T[][], count: number): void {
  assert.equal(got.length, count, "number of subsets");
  const countOf = (list: T[], v: T) => list.filter((x) => x === v).length;
  for (const s of got) {
    for (let i = 1; i < s.length; i++) assert.ok(s[i - 1] <= s[i], `${JSON.stringify(s)} is not ascending`);
    for (const v of s) assert.ok(countOf(s, v) <= countOf(items, v), `${JSON.stringify(s)} is not a subset`);
  }
  for (let i = 1; i < got.length; i++) {
    assert.ok(compare(got[i - 1], got[i]) < 0, `not in order, or repeated: ${JSON.stringify(got[i - 1])} then ${JSON.stringify(got[i])}`);
  }
}

test("example from the prompt", () => {
  assert.deepEqual(uniqueSubsets([2, 1, 2]), [[], [1], [1, 2], [1, 2, 2], [2], [2, 2]]);
});

test("distinct items", () => {
  assert.deepEqual(uniqueSubsets([3, 1, 2]), [[], [1], [1, 2], [1, 2, 3], [1, 3], [2], [2, 3], [3]]);
});

test("empty, single and all equal", () => {
  assert.deepEqual(uniqueSubsets([]), [[]]);
  assert.deepEqual(uniqueSubsets([7]), [[], [7]]);
  assert.deepEqual(uniqueSubsets([2, 2, 2]), [[], [2], [2, 2], [2, 2, 2]]);
});

test("repeats of two values", () => {
  assert.deepEqual(uniqueSubsets([1, 2, 1, 2]), [[], [1], [1, 1], [1, 1, 2], [1, 1, 2, 2], [1, 2], [1, 2, 2], [2], [2, 2]]);
});

test("strings", () => {
  assert.deepEqual(uniqueSubsets(["b", "a", "b"]), [[], ["a"], ["a", "b"], ["a", "b", "b"], ["b"], ["b", "b"]]);
});

test("numbers compare by value", () => {
  assert.deepEqual(uniqueSubsets([10, 9]), [[], [9], [9, 10], [10]]);
  assert.deepEqual(uniqueSubsets([10, 9, 10]), [[], [9], [9, 10], [9, 10, 10], [10], [10, 10]]);
});

test("the count is the product of (count + 1)", () => {
  const items = [3, 1, 2, 1, 2, 2, 0]; // counts 1, 2, 3, 1 of 0, 1, 2, 3: 2 * 3 * 4 * 2 = 48
  assertDistinctSubsets(items, uniqueSubsets(items), 48);
});

test("the input is not modified", () => {
  const items = [2, 1, 2];
  uniqueSubsets(items);
  assert.deepEqual(items, [2, 1, 2]);
});

test("results are independent arrays", () => {
  const got = uniqueSubsets<number>([1, 1]);
  got[1].push(99);
  assert.deepEqual(got[2], [1, 1]);
  assert.deepEqual(uniqueSubsets([1, 1]), [[], [1], [1, 1]]);
});

test("many repeats, without generating duplicates", () => {
  // 21 * 21 = 441 distinct subsets out of 2 ** 40 choices of positions.
  const items: number[] = [];
  for (let i = 0; i < 20; i++) items.push(1, 2);
  const got = runWithCpuLimit(`return m.uniqueSubsets(${JSON.stringify(items)});`, 3000) as number[][];
  assertDistinctSubsets(items, got, 441);
  assert.deepEqual(got.slice(0, 3), [[], [1], [1, 1]]);
  assert.deepEqual(got[got.length - 1], new Array(20).fill(2));
});
