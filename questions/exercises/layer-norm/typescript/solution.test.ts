import { test } from "node:test";
import assert from "node:assert/strict";
import { layerNorm } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertMatrixClose(actual: number[][], expected: number[][], eps = 1e-9): void {
  assert.equal(actual.length, expected.length, "number of rows");
  actual.forEach((row, r) => {
    assert.equal(row.length, expected[r].length, `length of row ${r}`);
    row.forEach((v, c) => assert.ok(Math.abs(v - expected[r][c]) <= eps, `row ${r}, column ${c}: ${v} != ${expected[r][c]}`));
  });
}

const ONES = [1, 1, 1, 1];
const ZEROS = [0, 0, 0, 0];

test("example from the prompt", () => {
  // mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25
  const s = Math.sqrt(1.25 + 1e-5);
  assertMatrixClose(layerNorm([[1, 2, 3, 4]], ONES, ZEROS), [[-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s]]);
});

test("gamma and beta per feature", () => {
  const s = Math.sqrt(1.25 + 1e-5);
  const want = [-1.5 / s, (2 * -0.5) / s + 1, (0.5 * 0.5) / s - 1, -1.5 / s + 3];
  assertMatrixClose(layerNorm([[1, 2, 3, 4]], [1, 2, 0.5, -1], [0, 1, -1, 3]), [want]);
});

test("each row has its own statistics", () => {
  const x = [[1, 2, 3, 4], [10, 10, 10, 10], [-3, 3, -3, 3]];
  const beta = [0.5, -0.5, 0.25, 0];
  const s1 = Math.sqrt(1.25 + 1e-5);
  const s3 = Math.sqrt(9 + 1e-5); // row 3: mean 0, variance 9
  assertMatrixClose(layerNorm(x, ONES, beta), [
    [-1.5 / s1 + 0.5, -0.5 / s1 - 0.5, 0.5 / s1 + 0.25, 1.5 / s1],
    beta, // a constant row normalises to 0, leaving beta
    [-3 / s3 + 0.5, 3 / s3 - 0.5, -3 / s3 + 0.25, 3 / s3],
  ]);
});

test("epsilon inside the square root", () => {
  // (x - 2.5) / sqrt(1.25 + 1) = (x - 2.5) / 1.5
  assertMatrixClose(layerNorm([[1, 2, 3, 4]], ONES, ZEROS, 1), [[-1, -1 / 3, 1 / 3, 1]]);
});

test("a large common offset", () => {
  // Deviations -1, 0, 1 from the mean 1e8 + 2; variance 2/3.
  const s = Math.sqrt(2 / 3 + 1e-5);
  assertMatrixClose(layerNorm([[1e8 + 1, 1e8 + 2, 1e8 + 3]], [1, 1, 1], [0, 0, 0]), [[-1 / s, 0, 1 / s]], 1e-6);
});

test("normalised rows have mean zero and the predicted variance", () => {
  const rows = [1, 2, 3, 4, 5].map((i) => Array.from({ length: 16 }, (_, j) => (((7 * i + 3 * j) % 11) - 5) * 0.37));
  const out = layerNorm(rows, new Array(16).fill(1), new Array(16).fill(0), 1e-3);
  rows.forEach((row, r) => {
    const mu = row.reduce((a, b) => a + b, 0) / 16;
    const variance = row.reduce((a, b) => a + (b - mu) ** 2, 0) / 16;
    const y = out[r];
    assert.ok(Math.abs(y.reduce((a, b) => a + b, 0) / 16) < 1e-9, `row ${r}: mean`);
    assert.ok(Math.abs(y.reduce((a, b) => a + b * b, 0) / 16 - variance / (variance + 1e-3)) < 1e-9, `row ${r}: variance`);
  });
});

test("an empty batch", () => {
  assert.deepEqual(layerNorm([], [1], [0]), []);
});

test("the inputs are not modified", () => {
  const x = [[1, 2], [3, 5]];
  const gamma = [1, 2];
  const beta = [0, 1];
  layerNorm(x, gamma, beta);
  assert.deepEqual([x, gamma, beta], [[[1, 2], [3, 5]], [1, 2], [0, 1]]);
});

test("invalid input throws RangeError", () => {
  const cases: Array<[number[][], number[], number[], number]> = [
    [[[1, 2], [3]], [1, 1], [0, 0], 1e-5],
    [[[]], [], [], 1e-5],
    [[[1, 2, 3]], [1, 1], [0, 0, 0], 1e-5],
    [[[1, 2, 3]], [1, 1, 1], [0, 0, 0, 0], 1e-5],
    [[[1, 2]], [1, 1], [0, 0], 0],
    [[[1, 2]], [1, 1], [0, 0], -1e-5],
    [[[1, 2]], [1, 1], [0, 0], NaN],
  ];
  cases.forEach(([x, gamma, beta, eps], i) => assert.throws(() => layerNorm(x, gamma, beta, eps), RangeError, `case ${i}`));
});
