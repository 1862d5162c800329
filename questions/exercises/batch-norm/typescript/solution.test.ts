import { test } from "node:test";
import assert from "node:assert/strict";
import { BatchNorm } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertListClose(got: number[], want: number[], eps = 1e-9, what = "value"): void {
  assert.equal(got.length, want.length, `number of ${what}s`);
  got.forEach((g, i) => assert.ok(Math.abs(g - want[i]) <= eps, `${what} ${i}: ${g} != ${want[i]}`));
}

function assertMatrixClose(got: number[][], want: number[][], eps = 1e-9): void {
  assert.equal(got.length, want.length, "number of rows");
  got.forEach((row, r) => assertListClose(row, want[r], eps, `row ${r}, column`));
}

const EPS = 1e-5;
// The prompt's example: feature 0 has mean 4 and deviations -3, -1, 1, 3 (biased variance 20/4 = 5,
// unbiased 20/3); feature 1 has mean 30 and deviations -20, -10, 0, 30 (1400/4 = 350, 1400/3).
const EXAMPLE = [[1, 10], [3, 20], [5, 30], [7, 60]];
const DEV0 = [-3, -1, 1, 3];
const DEV1 = [-20, -10, 0, 30];
const RUNNING_MEAN = [0.4, 3];
const RUNNING_VAR = [0.9 + (0.1 * 20) / 3, 0.9 + (0.1 * 1400) / 3];

const exampleOutput = (eps = EPS): number[][] => DEV0.map((d0, r) => [d0 / Math.sqrt(5 + eps), DEV1[r] / Math.sqrt(350 + eps)]);

test("example from the prompt", () => {
  const bn = new BatchNorm(2);
  assertMatrixClose(bn.forward(EXAMPLE, true), exampleOutput());
  // running = 0.9 * initial + 0.1 * batch statistic, with the unbiased variance.
  assertListClose(bn.runningMean, RUNNING_MEAN);
  assertListClose(bn.runningVar, RUNNING_VAR);
});

test("statistics are per feature over the batch", () => {
  // A square batch, so normalising each row instead of each column cannot fail on the shapes.
  const x = [[1, 2, 9], [4, 6, 0], [1, 10, 3]];
  const want = x.map((row) => row.map(() => 0));
  for (let j = 0; j < 3; j++) {
    const col = x.map((row) => row[j]);
    const mean = col.reduce((a, b) => a + b, 0) / 3;
    const variance = col.reduce((s, v) => s + (v - mean) ** 2, 0) / 3;
    col.forEach((v, r) => (want[r][j] = (v - mean) / Math.sqrt(variance + EPS)));
  }
  // Column 0 is [1, 4, 1]: mean 2, variance (1 + 4 + 1) / 3 = 2.
  assert.ok(Math.abs(want[1][0] - 2 / Math.sqrt(2 + EPS)) < 1e-12);
  assertMatrixClose(new BatchNorm(3).forward(x), want);
});

test("gamma and beta per feature", () => {
  const bn = new BatchNorm(2);
  bn.gamma = [2, -0.5];
  bn.beta = [1, 3];
  assertMatrixClose(bn.forward(EXAMPLE), exampleOutput().map(([a, b]) => [2 * a + 1, -0.5 * b + 3]));
});

test("epsilon inside the square root", () => {
  // eps = 1: feature 0 divides by sqrt(5 + 1), not sqrt(5) + 1.
  const out = new BatchNorm(2, 0.1, 1).forward(EXAMPLE);
  assertListClose(out.map((row) => row[0]), DEV0.map((d) => d / Math.sqrt(6)));
});

test("a constant feature gives beta", () => {
  const bn = new BatchNorm(2);
  bn.beta = [0, 0.25];
  const s = Math.sqrt(1 + EPS);
  assertMatrixClose(bn.forward([[1, 7], [3, 7]]), [[-1 / s, 0.25], [1 / s, 0.25]]);
  assertListClose(bn.runningVar, [0.9 + 0.1 * 2, 0.9]);
});

test("the running variance is unbiased, the batch is normalised with the biased one", () => {
  // [0, 2]: mean 1, biased variance 1 (normalising), unbiased variance 2 (running estimate).
  const bn = new BatchNorm(1);
  const s = Math.sqrt(1 + EPS);
  assertMatrixClose(bn.forward([[0], [2]]), [[-1 / s], [1 / s]]);
  assertListClose(bn.runningMean, [0.1]);
  assertListClose(bn.runningVar, [0.9 * 1 + 0.1 * 2]);
});

test("running statistics follow the momentum", () => {
  const second = [[2, 0], [4, 4]]; // mean [3, 2], unbiased variance [2, 8]
  const bn = new BatchNorm(2, 0.5);
  bn.forward(EXAMPLE);
  assertListClose(bn.runningMean, [2, 15]);
  const afterFirst = [0.5 + (0.5 * 20) / 3, 0.5 + (0.5 * 1400) / 3];
  assertListClose(bn.runningVar, afterFirst);
  bn.forward(second);
  assertListClose(bn.runningMean, [0.5 * 2 + 0.5 * 3, 0.5 * 15 + 0.5 * 2]);
  assertListClose(bn.runningVar, [0.5 * afterFirst[0] + 0.5 * 2, 0.5 * afterFirst[1] + 0.5 * 8]);
  // momentum 0 never moves the estimates; momentum 1 replaces them with the last batch's.
  const frozen = new BatchNorm(2, 0);
  frozen.forward(EXAMPLE);
  assertListClose([...frozen.runningMean, ...frozen.runningVar], [0, 0, 1, 1]);
  const latest = new BatchNorm(2, 1);
  latest.forward(EXAMPLE);
  latest.forward(second);
  assertListClose([...latest.runningMean, ...latest.runningVar], [3, 2, 2, 8]);
});

test("evaluation uses the running statistics and changes nothing", () => {
  const bn = new BatchNorm(2);
  // Before any training: mean 0, variance 1.
  const s = Math.sqrt(1 + EPS);
  assertMatrixClose(bn.forward([[2, -1]], false), [[2 / s, -1 / s]]);
  bn.forward(EXAMPLE);
  const want = [[(4 - RUNNING_MEAN[0]) / Math.sqrt(RUNNING_VAR[0] + EPS), (30 - RUNNING_MEAN[1]) / Math.sqrt(RUNNING_VAR[1] + EPS)]];
  for (let i = 0; i < 2; i++) {
    assertMatrixClose(bn.forward([[4, 30]], false), want);
    assertListClose(bn.runningMean, RUNNING_MEAN);
    assertListClose(bn.runningVar, RUNNING_VAR);
  }
  bn.forward(EXAMPLE, false);
  assertListClose([...bn.runningMean, ...bn.runningVar], [...RUNNING_MEAN, ...RUNNING_VAR]);
});

test("evaluation treats each row on its own", () => {
  const bn = new BatchNorm(2);
  bn.forward(EXAMPLE);
  const batch = [[4, 30], [0, 0], [-2, 100]];
  const together = bn.forward(batch, false);
  batch.forEach((row, r) => assertMatrixClose(bn.forward([row], false), [together[r]]));
  assert.deepEqual(bn.forward([], false), []);
});

test("large common offset", () => {
  // Feature 0 shifted by 1e8: the same deviations, so the same output. E[x^2] - mean^2 loses them all.
  const bn = new BatchNorm(2);
  assertMatrixClose(bn.forward(EXAMPLE.map(([a, b]) => [1e8 + a, b])), exampleOutput(), 1e-6);
  assertListClose(bn.runningVar, RUNNING_VAR, 1e-6);
});

test("inputs are not modified", () => {
  const x = EXAMPLE.map((row) => [...row]);
  const bn = new BatchNorm(2);
  bn.forward(x);
  bn.forward(x, false);
  assert.deepEqual(x, EXAMPLE);
});

test("invalid input throws RangeError", () => {
  for (const [n, momentum, eps] of [[0, 0.1, 1e-5], [2, -0.1, 1e-5], [2, 1.5, 1e-5], [2, 0.1, 0], [2, 0.1, -1e-5]]) {
    assert.throws(() => new BatchNorm(n, momentum, eps), RangeError, `BatchNorm(${n}, ${momentum}, ${eps})`);
  }
  const bn = new BatchNorm(2);
  const cases: [string, number[][], boolean][] = [
    ["one row in training", [[1, 2]], true],
    ["empty batch in training", [], true],
    ["row too short", [[1, 2], [3]], true],
    ["row too long in evaluation", [[1, 2, 3]], false],
  ];
  for (const [what, x, training] of cases) assert.throws(() => bn.forward(x, training), RangeError, what);
  assertListClose([...bn.runningMean, ...bn.runningVar], [0, 0, 1, 1]);
});
