import { test } from "node:test";
import assert from "node:assert/strict";
import { uniquePermutations } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/** a < b in lexicographic order, comparing items with < (numbers by value). */
function lexLess(a: Array<number | string>, b: Array<number | string>): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i];
  return a.length < b.length;
}

/** `got` lists `count` distinct permutations of `items`, in strictly increasing (lexicographic) order. */
function assertAllDistinctPermutations(items: number[], got: number[][], count: number): void {
  assert.equal(got.length, count, "number of permutations");
  const want = JSON.stringify([...items].sort((a, b) => a - b));
  for (const p of got) assert.equal(JSON.stringify([...p].sort((a, b) => a - b)), want, `[${p}] is not a permutation of [${items}]`);
  for (let i = 1; i < got.length; i++) assert.ok(lexLess(got[i - 1], got[i]), `not in lexicographic order, or repeated: [${got[i - 1]}] then [${got[i]}]`);
}

test("example from the prompt", () => {
  assert.deepEqual(uniquePermutations([1, 2, 1]), [[1, 1, 2], [1, 2, 1], [2, 1, 1]]);
  assert.deepEqual(uniquePermutations([1, 1, 2, 2]), [[1, 1, 2, 2], [1, 2, 1, 2], [1, 2, 2, 1], [2, 1, 1, 2], [2, 1, 2, 1], [2, 2, 1, 1]]);
});

test("distinct items", () => {
  assert.deepEqual(uniquePermutations([3, 1, 2]), [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]);
  assert.deepEqual(uniquePermutations([2, 1]), [[1, 2], [2, 1]]);
});

test("empty, single and all equal", () => {
  assert.deepEqual(uniquePermutations([]), [[]]);
  assert.deepEqual(uniquePermutations([7]), [[7]]);
  assert.deepEqual(uniquePermutations([2, 2, 2]), [[2, 2, 2]]);
});

test("strings", () => {
  assert.deepEqual(uniquePermutations(["b", "a", "b"]), [["a", "b", "b"], ["b", "a", "b"], ["b", "b", "a"]]);
});

test("numbers compare by value", () => {
  assert.deepEqual(uniquePermutations([10, 9]), [[9, 10], [10, 9]]);
});

test("the multinomial count", () => {
  const items = [1, 0, 2, 1, 0, 1]; // two 0s, three 1s, one 2: 6! / (2! 3! 1!) = 60
  assertAllDistinctPermutations(items, uniquePermutations(items), 60);
});

test("each result is its own array", () => {
  const result = uniquePermutations<number>([1, 2, 3]);
  assert.equal(new Set(result).size, 6);
  result[0].push(99);
  assert.deepEqual(result[1], [1, 3, 2]);
});

test("the input is not modified", () => {
  const items = [3, 1, 2, 1];
  uniquePermutations(items);
  assert.deepEqual(items, [3, 1, 2, 1]);
});

test("eight 1s and eight 2s", () => {
  // Runs in a child process with a time limit: generating all 16! orderings fails instead of hanging the run.
  const got = runWithCpuLimit(`return m.uniquePermutations([2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);`, 4000) as number[][];
  // C(16, 8) = 16! / (8! 8!) = 12,870 distinct orderings.
  assertAllDistinctPermutations([2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], got, 12_870);
  assert.deepEqual([got[0], got[got.length - 1]], [[1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]]);
});
