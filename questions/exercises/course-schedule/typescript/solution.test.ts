import { test } from "node:test";
import assert from "node:assert/strict";
import { courseOrder } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/** `order` holds each of 0..n-1 once and puts every prerequisite before its course. */
function assertValidOrder(n: number, prerequisites: Array<[number, number]>, order: number[] | null): void {
  assert.ok(order !== null, "a valid order exists, but null was returned");
  assert.deepEqual([...order].sort((a, b) => a - b), Array.from({ length: n }, (_, i) => i), "every course must appear exactly once");
  const position = new Map(order.map((course, at) => [course, at]));
  for (const [course, pre] of prerequisites) {
    assert.ok((position.get(pre) as number) < (position.get(course) as number), `course ${course} is taken before its prerequisite ${pre}`);
  }
}

test("example from the prompt", () => {
  const pairs: Array<[number, number]> = [[1, 0], [2, 0], [3, 1], [3, 2]];
  const order = courseOrder(4, pairs);
  assertValidOrder(4, pairs, order);
  assert.deepEqual([order?.[0], order?.[3]], [0, 3]);
  assert.equal(courseOrder(4, [...pairs, [0, 3]]), null);
});

test("reaching a finished course twice is not a cycle", () => {
  const pairs: Array<[number, number]> = [[3, 0], [1, 0], [2, 1], [2, 3], [4, 2], [4, 0]];
  assertValidOrder(5, pairs, courseOrder(5, pairs));
});

test("no prerequisites", () => {
  assertValidOrder(3, [], courseOrder(3, []));
  assert.deepEqual(courseOrder(1, []), [0]);
  assert.deepEqual(courseOrder(0, []), []);
});

test("courses that no pair mentions are included", () => {
  assertValidOrder(5, [[1, 0]], courseOrder(5, [[1, 0]]));
  assertValidOrder(6, [[4, 3]], courseOrder(6, [[4, 3]]));
});

test("cycles", () => {
  assert.equal(courseOrder(2, [[0, 1], [1, 0]]), null);
  assert.equal(courseOrder(3, [[1, 1]]), null);
  // The cycle 2 -> 3 -> 2 lies behind course 0 and does not touch it.
  assert.equal(courseOrder(5, [[1, 0], [2, 1], [3, 2], [2, 3], [4, 0]]), null);
  assert.equal(courseOrder(4, [[1, 0], [2, 1], [3, 2], [1, 3]]), null);
});

test("repeated pairs", () => {
  assert.deepEqual(courseOrder(3, [[1, 0], [1, 0], [2, 1], [2, 0], [2, 1]]), [0, 1, 2]);
  assert.equal(courseOrder(2, [[1, 0], [0, 1], [1, 0]]), null);
});

test("the order is forced by a chain", () => {
  assert.deepEqual(courseOrder(4, [[3, 2], [1, 0], [2, 1]]), [0, 1, 2, 3]);
  assert.deepEqual(courseOrder(4, [[0, 1], [1, 2], [2, 3]]), [3, 2, 1, 0]);
});

test("prerequisites are not modified", () => {
  const pairs: Array<[number, number]> = [[1, 0], [2, 1], [2, 0]];
  courseOrder(3, pairs);
  assert.deepEqual(pairs, [[1, 0], [2, 1], [2, 0]]);
});

test("invalid input throws RangeError", () => {
  const cases: Array<[number, Array<[number, number]>]> = [[2, [[2, 0]]], [2, [[0, 2]]], [2, [[0, -1]]], [2, [[-1, 0]]], [0, [[0, 0]]], [2, [[0.5, 1]]]];
  for (const [n, pairs] of cases) assert.throws(() => courseOrder(n, pairs), RangeError, JSON.stringify(pairs));
  assert.throws(() => courseOrder(-1, []), RangeError);
});

test("long chains, a long cycle and a wide graph", () => {
  // Runs in a child process with a time limit: a slow or deeply recursive solution fails instead of hanging.
  const out = runWithCpuLimit(
    `const n = 100000;
     const forward = [], backward = [], wide = [];
     for (let i = 0; i < n - 1; i++) { forward.push([i + 1, i]); backward.push([i, i + 1]); }
     for (let i = 1; i < n; i++) wide.push([i, 0]);
     for (let i = 1; i < n - 1; i++) wide.push([n - 1, i]);
     const isRange = (order, step) => order !== null && order.length === n && order.every((c, at) => c === (step > 0 ? at : n - 1 - at));
     const w = m.courseOrder(n, wide);
     return [
       isRange(m.courseOrder(n, forward), 1),
       isRange(m.courseOrder(n, backward), -1),
       m.courseOrder(n, [...forward, [0, n - 1]]),
       w === null ? null : [w.length, w[0], w[n - 1], new Set(w).size],
     ];`,
    3000,
  );
  assert.deepEqual(out, [true, true, null, [100_000, 0, 99_999, 100_000]]);
});
