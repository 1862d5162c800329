import { test } from "node:test";
import assert from "node:assert/strict";
import { cosineTopK } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertPairsClose(actual: Array<[number, number]>, expected: Array<[number, number]>): void {
  assert.deepEqual(actual.map(([i]) => i), expected.map(([i]) => i));
  actual.forEach(([, s], n) => assert.ok(Math.abs(s - expected[n][1]) < 1e-9, `${s} != ${expected[n][1]}`));
}

test("example", () => {
  assertPairsClose(cosineTopK([1, 0], [[1, 0], [0, 1], [1, 1], [-1, 0]], 2), [[0, 1], [2, 1 / Math.SQRT2]]);
});

test("k larger than n returns everything sorted", () => {
  assertPairsClose(cosineTopK([1, 0], [[1, 0], [0, 1], [1, 1], [-1, 0]], 10), [
    [0, 1],
    [2, 1 / Math.SQRT2],
    [1, 0],
    [3, -1],
  ]);
});

test("scale invariance and ties by index", () => {
  assertPairsClose(cosineTopK([3, 0], [[0, 3], [2, 0], [1, 0], [5, 0]], 3), [[1, 1], [2, 1], [3, 1]]);
});

test("ties for the last place keep the lower index", () => {
  assertPairsClose(cosineTopK([1, 0], [[1, 0], [2, 0], [3, 0]], 2), [[0, 1], [1, 1]]);
  assertPairsClose(cosineTopK([1, 0], [[0, 1], [3, 0], [1, 0], [2, 0]], 2), [[1, 1], [2, 1]]);
});

test("zero vectors score zero", () => {
  assertPairsClose(cosineTopK([1, 1], [[0, 0], [-1, -1], [1, 0]], 3), [[2, 1 / Math.SQRT2], [0, 0], [1, -1]]);
  assertPairsClose(cosineTopK([0, 0], [[1, 2], [3, 4]], 2), [[0, 0], [1, 0]]);
});

test("negative components", () => {
  assertPairsClose(cosineTopK([-1, 2, -3], [[1, -2, 3], [-2, 4, -6], [0, 1, 0]], 1), [[1, 1]]);
});

test("empty input and non-positive k", () => {
  assert.deepEqual(cosineTopK([1, 0], [], 3), []);
  assert.deepEqual(cosineTopK([1, 0], [[1, 0]], 0), []);
  assert.deepEqual(cosineTopK([1, 0], [[1, 0]], -2), []);
  assert.deepEqual(cosineTopK([1, 0], [[1, 0], [0, 1], [1, 1]], -1), []);
});

test("dimension mismatch", () => {
  assert.throws(() => cosineTopK([1, 0], [[1, 0], [1, 0, 0]], 1), Error);
  assert.throws(() => cosineTopK([1, 0, 0], [[1, 0, 0], [1, 0]], 1), Error);
});

test("large input matches brute force", () => {
  const n = 20_000;
  const d = 16;
  const k = 500;
  const vectors = Array.from({ length: n }, (_, i) => Array.from({ length: d }, (_, j) => ((i * 31 + j * 17) % 101) - 50));
  const query = Array.from({ length: d }, (_, j) => ((j * 7) % 13) - 6);
  const out = cosineTopK(query, vectors, k);
  assert.equal(out.length, k);
  assert.equal(new Set(out.map(([i]) => i)).size, k);
  const qn = Math.sqrt(query.reduce((s, x) => s + x * x, 0));
  const truth = vectors.map((v) => {
    const vn = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    return vn === 0 ? 0 : v.reduce((s, x, j) => s + x * query[j], 0) / (qn * vn);
  });
  const expected = [...truth].sort((a, b) => b - a).slice(0, k);
  out.forEach(([i, s], n) => {
    assert.ok(Math.abs(s - expected[n]) < 1e-9);
    assert.ok(Math.abs(truth[i] - s) < 1e-9);
  });
});
