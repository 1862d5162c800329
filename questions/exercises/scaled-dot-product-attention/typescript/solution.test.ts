import { test } from "node:test";
import assert from "node:assert/strict";
import { scaledDotProductAttention } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

function assertMatrixClose(actual: number[][], expected: number[][], eps = 1e-9): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((row, i) => {
    assert.equal(row.length, expected[i].length);
    row.forEach((x, j) => {
      assert.ok(Math.abs(x - expected[i][j]) < eps, `[${i}][${j}]: ${x} != ${expected[i][j]}`);
    });
  });
}

test("example from the prompt", () => {
  const out = scaledDotProductAttention([[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3, 4]]);
  const w0 = 1 / (1 + Math.exp(-1 / Math.sqrt(2)));
  const w1 = 1 - w0;
  assertMatrixClose(out, [[w0 * 1 + w1 * 3, w0 * 2 + w1 * 4]]);
});

test("a single key returns its value", () => {
  const out = scaledDotProductAttention([[0.3, -2], [5, 1]], [[1, 1]], [[7, -1, 2.5]]);
  assertMatrixClose(out, [[7, -1, 2.5], [7, -1, 2.5]]);
});

test("equal scores average the values", () => {
  const out = scaledDotProductAttention([[0, 0]], [[1, 2], [3, 4], [-5, 6]], [[1], [2], [6]]);
  assertMatrixClose(out, [[3]]);
});

test("scale uses the square root of the width", () => {
  const out = scaledDotProductAttention([[1, 1, 1, 1]], [[1, 1, 1, 1], [0, 0, 0, 0]], [[1, 0], [0, 1]]);
  const w0 = Math.exp(2) / (Math.exp(2) + 1);
  assertMatrixClose(out, [[w0, 1 - w0]]);
});

test("causal mask", () => {
  const q = [[1, 0], [0, 1], [1, 1]];
  const k = [[1, 0], [0, 1], [1, 1]];
  const v = [[10, 0], [0, 10], [5, 5]];
  const out = scaledDotProductAttention(q, k, v, true);
  assertMatrixClose(out.slice(0, 1), [[10, 0]]);
  const w1 = 1 / (1 + Math.exp(-1 / Math.sqrt(2)));
  assertMatrixClose(out.slice(1, 2), [[10 * (1 - w1), 10 * w1]]);
  const full = scaledDotProductAttention(q, k, v);
  assertMatrixClose(out.slice(2), full.slice(2));
});

test("large scores do not overflow", () => {
  assertMatrixClose(scaledDotProductAttention([[1000]], [[1000], [999]], [[1, 2], [3, 4]]), [[1, 2]]);
  assertMatrixClose(scaledDotProductAttention([[-1000]], [[1000], [1000]], [[1], [3]]), [[2]]);
});

test("empty queries", () => {
  assert.deepEqual(scaledDotProductAttention([], [[1]], [[1]]), []);
});

test("shape errors", () => {
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0, 0]], [[1]]), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0], [0, 1]], [[1]]), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0]], [], []), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0], [1]], [[1, 0]], [[1]]), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0], [0, 1]], [[1], [2]], true), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0]], [[1], [2]]), Error); // more values than keys
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0], [1]], [[1], [2]]), Error); // ragged k
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3]]), Error); // ragged v
  assert.throws(() => scaledDotProductAttention([[]], [[]], [[1]]), Error); // width zero
});

test("weights are computed once per query", () => {
  const out = runWithCpuLimit(
    `const n = 192, d = 512;
     const q = [], k = [], v = [];
     for (let i = 0; i < n; i++) {
       q.push(Array.from({ length: d }, (_, c) => (((i * 7 + c * 3) % 11) - 5) / 5));
       k.push(Array.from({ length: d }, (_, c) => (((i * 5 + c * 2) % 13) - 6) / 6));
       v.push(Array.from({ length: d }, (_, c) => (c === 0 ? 1 : (i + c) % 9)));
     }
     const out = m.scaledDotProductAttention(q, k, v);
     // Column 0 of v is all ones, so it checks that every row's weights sum to 1.
     const sumsToOne = out.every((row) => Math.abs(row[0] - 1) < 1e-9);
     const inRange = out.every((row) => row.slice(1).every((x) => x >= 0 && x <= 8));
     return [out.length, out[0].length, sumsToOne, inRange];`,
    3000,
  );
  assert.deepEqual(out, [192, 512, true, true]);
});
