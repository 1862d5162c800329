import { test } from "node:test";
import assert from "node:assert/strict";
import { mergeIntervals } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/** Numbers that count how often they are read (`-`, `<`, `<=`, `Math.max` ... call valueOf). */
let valueReads = 0;
let readBudget = Infinity;
function counted(v: number): number {
  return {
    valueOf: () => {
      if (++valueReads > readBudget) throw new Error(`more than ${readBudget} reads of interval ends: not O(n log n)`);
      return v;
    },
  } as unknown as number;
}

test("basic", () => {
  assert.deepEqual(mergeIntervals([[1, 3], [2, 6], [8, 10], [15, 18]]), [[1, 6], [8, 10], [15, 18]]);
});

test("touching intervals merge", () => {
  assert.deepEqual(mergeIntervals([[1, 4], [4, 5]]), [[1, 5]]);
});

test("unsorted input", () => {
  assert.deepEqual(mergeIntervals([[8, 10], [1, 3], [2, 6]]), [[1, 6], [8, 10]]);
});

test("contained intervals", () => {
  assert.deepEqual(mergeIntervals([[1, 10], [2, 3], [4, 5]]), [[1, 10]]);
  assert.deepEqual(mergeIntervals([[2, 3], [1, 10], [9, 12]]), [[1, 12]]);
});

test("empty and single", () => {
  assert.deepEqual(mergeIntervals([]), []);
  assert.deepEqual(mergeIntervals([[5, 7]]), [[5, 7]]);
});

test("points and duplicates", () => {
  assert.deepEqual(mergeIntervals([[2, 2], [2, 2], [3, 3]]), [[2, 2], [3, 3]]);
  assert.deepEqual(mergeIntervals([[1, 2], [1, 2]]), [[1, 2]]);
});

test("negative values", () => {
  assert.deepEqual(mergeIntervals([[-5, -1], [3, 4], [-2, 0]]), [[-5, 0], [3, 4]]);
});

test("sorting is numeric, not lexicographic", () => {
  assert.deepEqual(mergeIntervals([[10, 11], [9, 10], [100, 101], [2, 3]]), [[2, 3], [9, 11], [100, 101]]);
});

test("invalid interval throws RangeError", () => {
  assert.throws(() => mergeIntervals([[1, 2], [5, 3]]), RangeError);
});

test("input is not modified", () => {
  const data: [number, number][] = [[6, 8], [1, 3], [2, 4], [7, 9]];
  const before = structuredClone(data);
  const result = mergeIntervals(data);
  assert.deepEqual(result, [[1, 4], [6, 9]]);
  assert.deepEqual(data, before);
  result[0][1] = 100; // the result must not share arrays with the input
  assert.deepEqual(data, before);
});

test("comparisons grow as n log n", () => {
  // Sorting 16,384 intervals compares about n log2 n = 230,000 pairs of starts (two reads each) and
  // the sweep reads a few ends per interval; comparing every pair of intervals takes up to
  // n^2 / 2 = 134 million comparisons. The count does not depend on the machine's speed or load.
  const n = 1 << 14;
  const logN = 14;
  const order = Array.from({ length: n }, (_, i) => (i * 7919) % n); // a permutation of 0..n-1
  const cases: { intervals: [number, number][]; expected: [number, number][] }[] = [
    { intervals: order.map((k) => [counted(2 * k), counted(2 * k + 1)]), expected: Array.from({ length: n }, (_, k) => [2 * k, 2 * k + 1]) },
    { intervals: order.map((k) => [counted(k), counted(k + 1)]), expected: [[0, n]] },
  ];
  for (const { intervals, expected } of cases) {
    valueReads = 0;
    readBudget = 16 * n * logN;
    let merged: [number, number][];
    try {
      merged = mergeIntervals(intervals);
    } finally {
      readBudget = Infinity;
    }
    const plain = merged.map(([start, end]) => [Number(start), Number(end)]);
    assert.equal(plain.length, expected.length, "wrong number of merged intervals");
    assert.ok(plain.every(([start, end], i) => start === expected[i][0] && end === expected[i][1]), `wrong merge: starts with ${JSON.stringify(plain.slice(0, 3))}`);
  }
});

test("large input", () => {
  const out = runWithCpuLimit(
    `const n = 100000;
     const disjoint = [], chained = [];
     for (let i = 0; i < n; i++) {
       const k = (i * 7919) % n; // a permutation of 0..n-1
       disjoint.push([2 * k, 2 * k + 1]);
       chained.push([k, k + 1]);
     }
     const separate = m.mergeIntervals(disjoint);
     const single = m.mergeIntervals(chained);
     // Only a summary comes back, so a wrong answer cannot produce a giant diff.
     return [separate.length, separate.slice(0, 2), separate[separate.length - 1], single.length, single.slice(0, 2)];`,
    2500,
  );
  assert.deepEqual(out, [100_000, [[0, 1], [2, 3]], [199_998, 199_999], 1, [[0, 100_000]]]);
});
