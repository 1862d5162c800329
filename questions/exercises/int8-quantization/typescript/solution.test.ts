import { test } from "node:test";
import assert from "node:assert/strict";
import { channelScales, dequantize, maxAbsError, quantize } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertListClose(got: number[], want: number[], eps = 1e-12): void {
  assert.equal(got.length, want.length);
  got.forEach((g, i) => assert.ok(Math.abs(g - want[i]) <= eps, `entry ${i}: ${g} != ${want[i]}`));
}

/** Codes must be whole numbers; -0 counts as 0. */
function assertCodes(got: number[][], want: number[][]): void {
  got.flat().forEach((v) => assert.ok(Number.isInteger(v), `code ${v} is not an integer`));
  assert.deepEqual(got.map((row) => row.map((v) => (v === 0 ? 0 : v))), want);
}

// The prompt's example: the rows have max |w| of 1.27, 2.54 and 0.
const EXAMPLE = [[0.5, -1.27, 0.033], [2.54, 1, 0.015], [0, 0, 0]];

/** Rows of very different magnitudes, as in real weight matrices. */
function generated(rows: number[], cols: number): number[][] {
  return rows.map((r) => Array.from({ length: cols }, (_, c) => (((7 * r + 3 * c) % 23) - 11) * 0.0137 * (r + 1) ** 2 + 0.001 * c));
}
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

test("example from the prompt", () => {
  const scales = channelScales(EXAMPLE);
  assertListClose(scales, [0.01, 0.02, 0]);
  // 0.033 / 0.01 = 3.3 -> 3; 0.015 / 0.02 = 0.75 -> 1.
  const q = quantize(EXAMPLE, scales);
  assertCodes(q, [[50, -127, 3], [127, 50, 1], [0, 0, 0]]);
  dequantize(q, scales).forEach((row, r) => assertListClose(row, [[0.5, -1.27, 0.03], [2.54, 1, 0.02], [0, 0, 0]][r]));
  // The worst entry is 0.015 -> 0.02 in row 1 (0.033 -> 0.03 in row 0 is off by 0.003).
  assert.ok(Math.abs(maxAbsError(EXAMPLE) - 0.005) < 1e-12, `max error ${maxAbsError(EXAMPLE)}`);
});

test("one scale per row, from its largest magnitude", () => {
  // Row maxima 4 (a negative weight), 0.5 and 2; the column maxima (2 and 4) would be wrong.
  const w = [[1, -4], [0.5, 0.2], [-2, 2]];
  const scales = channelScales(w);
  assertListClose(scales, [4 / 127, 0.5 / 127, 2 / 127]);
  // 1 / (4/127) = 31.75 -> 32; 0.2 / (0.5/127) = 50.8 -> 51.
  assertCodes(quantize(w, scales), [[32, -127], [127, 51], [-127, 127]]);
});

test("every nonzero row uses the full range", () => {
  const w = generated(range(6), 10);
  const scales = channelScales(w);
  const q = quantize(w, scales);
  w.forEach((row, r) => {
    const s = scales[r];
    assert.ok(Math.abs(s - Math.max(...row.map(Math.abs)) / 127) < 1e-15, `scale of row ${r}`);
    assert.equal(Math.max(...q[r].map(Math.abs)), 127, `row ${r}: its largest weight maps to +-127`);
    row.forEach((v, c) => assert.ok(Math.abs(v - q[r][c] * s) <= s / 2 + 1e-15, `row ${r}: ${v} is more than half a step from ${q[r][c] * s}`));
  });
});

test("halves round away from zero", () => {
  // The row maximum 127 gives a scale of exactly 1, so these ratios are exact halves.
  const w = [[127, 2.5, -2.5, 0.5, -0.5, 1.5, -1.5]];
  assertCodes(quantize(w, channelScales(w)), [[127, 3, -3, 1, -1, 2, -2]]);
  // With a given scale of 0.25: 0.625 / 0.25 = 2.5 -> 3 and -0.125 / 0.25 = -0.5 -> -1.
  assertCodes(quantize([[0.625, -0.125, 0.1]], [0.25]), [[3, -1, 0]]);
});

test("codes are clamped to plus or minus 127", () => {
  // A calibrated scale smaller than max|w| / 127 clips the outliers: -100 / 0.5 = -200 -> -127, 64 / 0.5 = 128 -> 127.
  assertCodes(quantize([[10, -100, 0.3, 64], [1, 2, 3, -3]], [0.5, 1]), [[20, -127, 1, 127], [1, 2, 3, -3]]);
});

test("an all-zero row does not divide by zero", () => {
  const w = [[0, 0, 0], [0, -0, 0]];
  const scales = channelScales(w);
  assertListClose(scales, [0, 0]);
  const q = quantize(w, scales);
  assertCodes(q, [[0, 0, 0], [0, 0, 0]]);
  assert.deepEqual(dequantize(q, scales).map((row) => row.map((v) => v + 0)), [[0, 0, 0], [0, 0, 0]]);
  assert.equal(maxAbsError(w), 0);
  // A given scale of 0 also maps its row to zeros.
  assertCodes(quantize([[1, -2], [1, 2]], [0, 1]), [[0, 0], [1, 2]]);
});

test("dequantize multiplies each row by its scale", () => {
  assert.deepEqual(dequantize([[-127, 0, 64], [3, -3, 127]], [0.5, 0.25]), [[-63.5, 0, 32], [0.75, -0.75, 31.75]]);
});

test("the max abs error looks at every row", () => {
  // Row 0 has scale 1, so its whole numbers are exact; row 1 has scale 0.1 and 0.13 -> 0.1 is off by 0.03.
  const w = [[127, -1, 2], [0.13, 0.2, 12.7]];
  const scales = channelScales(w);
  const q = quantize(w, scales);
  assert.deepEqual(w[0].map((v, c) => Math.abs(v - q[0][c] * scales[0])), [0, 0, 0]);
  assert.ok(Math.abs(maxAbsError(w) - 0.03) < 1e-12, `max error ${maxAbsError(w)}`);
  const big = generated(range(8), 16);
  const s = channelScales(big);
  const qb = quantize(big, s);
  const worst = Math.max(...big.flatMap((row, r) => row.map((v, c) => Math.abs(v - qb[r][c] * s[r]))));
  assert.ok(Math.abs(maxAbsError(big) - worst) < 1e-15, `max error ${maxAbsError(big)} != ${worst}`);
  assert.ok(worst <= Math.max(...s) / 2 + 1e-15);
});

test("inputs are not modified", () => {
  const w = EXAMPLE.map((row) => [...row]);
  const scales = [0.01, 0.02, 0];
  const q = quantize(w, scales);
  const qCopy = q.map((row) => [...row]);
  channelScales(w);
  dequantize(q, scales);
  maxAbsError(w);
  assert.deepEqual([w, scales, q], [EXAMPLE, [0.01, 0.02, 0], qCopy]);
});

test("invalid input throws RangeError", () => {
  const cases: [string, () => unknown][] = [
    ["empty matrix", () => channelScales([])],
    ["empty row", () => channelScales([[]])],
    ["ragged rows", () => channelScales([[1, 2], [3]])],
    ["infinite weight", () => channelScales([[1, Infinity]])],
    ["not a number", () => channelScales([[NaN, 1]])],
    ["too few scales", () => quantize([[1], [2]], [0.1])],
    ["too many scales", () => dequantize([[1]], [0.1, 0.2])],
    ["negative scale", () => quantize([[1, 2]], [-0.1])],
    ["ragged codes", () => dequantize([[1, 2], [3]], [0.1, 0.1])],
  ];
  for (const [what, call] of cases) assert.throws(call, RangeError, what);
});
