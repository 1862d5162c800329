import { test } from "node:test";
import assert from "node:assert/strict";
import { fitLogistic } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

function assertFit(got: { w: number[]; b: number }, w: number[], b: number, eps = 1e-9): void {
  assert.equal(got.w.length, w.length, "one weight per column");
  got.w.forEach((g, k) => assert.ok(Math.abs(g - w[k]) <= eps, `w[${k}]: ${g} != ${w[k]}`));
  assert.ok(Math.abs(got.b - b) <= eps, `b: ${got.b} != ${b}`);
}

const sigma = (z: number): number => 1 / (1 + Math.exp(-z));

test("example, one step", () => {
  // Both predictions 0.5: grad_w = (1 * -0.5 + -1 * 0.5) / 2 = -0.5, grad_b = 0.
  assertFit(fitLogistic([[1], [-1]], [1, 0], 1, 1), [0.5], 0);
});

test("example, two steps", () => {
  // Second step: p = [sigma(0.5), sigma(-0.5)], residuals [-sigma(-0.5), sigma(-0.5)].
  assertFit(fitLogistic([[1], [-1]], [1, 0], 1, 2), [0.5 + sigma(-0.5)], 0);
  assertFit(fitLogistic([[1], [-1]], [1, 0], 1, 2), [0.8775407], 0, 1e-6);
});

test("bias only", () => {
  // A zero feature: residuals [-0.5, -0.5, 0.5], grad_b = -0.5 / 3, b = 0.5 / 6.
  assertFit(fitLogistic([[0], [0], [0]], [1, 1, 0], 0.5, 1), [0], 1 / 12);
});

test("two features", () => {
  // Residuals [0.5, -0.5]: grad_w = ([0.5, 1] + [-1.5, 0.5]) / 2 = [-0.5, 0.75], grad_b = 0.
  assertFit(fitLogistic([[1, 2], [3, -1]], [0, 1], 0.1, 1), [0.05, -0.075], 0);
});

test("weights and bias together", () => {
  // Residuals [-0.5, -0.5, 0.5]: grad_w = [-2/3, 0], grad_b = -0.5 / 3.
  assertFit(fitLogistic([[1, 2], [3, -1], [0, 1]], [1, 1, 0], 1, 1), [2 / 3, 0], 1 / 6);
});

test("zero steps", () => {
  assertFit(fitLogistic([[1, 2, 3]], [1], 0.1, 0), [0, 0, 0], 0);
});

test("large logits", () => {
  // Step 1: w = 500. Then the logits are +-500,000, the predictions are exactly 1 and 0, and nothing moves.
  assertFit(fitLogistic([[1000], [-1000]], [1, 0], 1, 3), [500], 0);
});

test("converges to the optimum", () => {
  // Not separable, so a finite optimum exists, where the mean residual and its correlation with x vanish.
  const X = [[-2], [-1], [-0.5], [0.5], [1], [2]];
  const y = [0, 0, 1, 0, 1, 1];
  const { w, b } = runWithCpuLimit(
    `return m.fitLogistic(${JSON.stringify(X)}, ${JSON.stringify(y)}, 1, 3000);`,
    2000,
  ) as { w: number[]; b: number };
  const residual = X.map((x, j) => sigma(w[0] * x[0] + b) - y[j]);
  assert.ok(Math.abs(residual.reduce((s, r) => s + r, 0)) < 1e-6, "mean residual");
  assert.ok(Math.abs(residual.reduce((s, r, j) => s + r * X[j][0], 0)) < 1e-6, "residual times x");
  assert.ok(w[0] > 0.5, "the weight points towards the positive class");
  // By symmetry of this data under x -> -x, y -> 1 - y, the bias is 0.
  assert.ok(Math.abs(b) < 1e-6, "bias");
});

test("invalid arguments throw RangeError", () => {
  const X = [[1], [2]];
  const y = [0, 1];
  const cases: [number[][], number[], number, number][] = [
    [[], [], 0.1, 1],
    [[[1], [2, 3]], y, 0.1, 1],
    [X, [0], 0.1, 1],
    [X, [0, 2], 0.1, 1],
    [X, [0, -1], 0.1, 1],
    [X, [0, 0.5], 0.1, 1],
    [X, y, 0, 1],
    [X, y, -0.1, 1],
    [X, y, 0.1, -1],
  ];
  for (const [cx, cy, lr, steps] of cases) {
    assert.throws(() => fitLogistic(cx, cy, lr, steps), RangeError, JSON.stringify([cx, cy, lr, steps]));
  }
});

test("the inputs are not modified", () => {
  const X = [[1, 2], [3, -1]];
  const y = [0, 1];
  fitLogistic(X, y, 0.1, 5);
  assert.deepEqual(X, [[1, 2], [3, -1]]);
  assert.deepEqual(y, [0, 1]);
});
