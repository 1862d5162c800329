import { test } from "node:test";
import assert from "node:assert/strict";
import { flatten } from "./solution.ts";
import type { Nested } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("nested example", () => {
  assert.deepEqual(flatten<number>([1, [2, [3, [4]]], 5]), [1, 2, 3, 4, 5]);
});

test("empty", () => {
  assert.deepEqual(flatten<number>([]), []);
});

test("only empty sublists", () => {
  assert.deepEqual(flatten<number>([[], [[]], [[], [[]]]]), []);
});

test("already flat returns a new array", () => {
  const data = [1, 2, 3];
  const result = flatten<number>(data);
  assert.deepEqual(result, [1, 2, 3]);
  assert.notEqual(result, data);
});

test("strings are leaves", () => {
  assert.deepEqual(flatten<string>(["ab", ["cd", ["e"]], ""]), ["ab", "cd", "e", ""]);
});

test("other leaves are kept as is", () => {
  const obj = { a: [1, 2] };
  const result = flatten<unknown>([null, [0, [false]], [obj], undefined]);
  assert.deepEqual(result, [null, 0, false, obj, undefined]);
  assert.equal(result[3], obj);
});

test("order is left to right", () => {
  assert.deepEqual(flatten<number>([[1, [2, 3]], 4, [[5], 6], [[[7]]], 8]), [1, 2, 3, 4, 5, 6, 7, 8]);
});

test("a shared sublist is expanded each time", () => {
  const shared = [1, 2];
  assert.deepEqual(flatten<number>([shared, [shared], 3]), [1, 2, 1, 2, 3]);
});

test("input is not modified", () => {
  const data: Nested<number>[] = [1, [2, [3, []]], [[4]]];
  const before = structuredClone(data);
  flatten(data);
  assert.deepEqual(data, before);
});

test("very deep nesting", () => {
  const out = runWithCpuLimit(
    `const depth = 50000;
     let nested = [0];
     for (let i = 1; i <= depth; i++) nested = [nested, i]; // [[[[0], 1], 2], ...]
     const result = m.flatten(nested);
     return [result.length, result.slice(0, 3), result[result.length - 1]];`,
    2000,
  );
  assert.deepEqual(out, [50_001, [0, 1, 2], 50_000]);
});

test("wide input, linear time", () => {
  // 1,000,000 items side by side: a linear pass takes milliseconds, while copying the pending items
  // or the output at every step (unshift, out = [...out, x]) takes minutes, far beyond the limit.
  const out = runWithCpuLimit(
    `const n = 1000000;
     const data = [];
     for (let i = 0; i < n; i++) data.push(i % 100 === 0 ? [i, [i]] : i);
     const result = m.flatten(data);
     return [result.length, result.slice(0, 4), result[result.length - 1]];`,
    2000,
  );
  assert.deepEqual(out, [1_010_000, [0, 0, 1, 2], 999_999]);
});
