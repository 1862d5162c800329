import { test } from "node:test";
import assert from "node:assert/strict";
import { WeightedEnsemble } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

function assertClose(actual: number[], expected: number[], eps = 1e-7): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((x, i) => assert.ok(Math.abs(x - expected[i]) < eps, `[${i}]: ${x} != ${expected[i]}`));
}

test("uniform before any update", () => {
  const e = new WeightedEnsemble(3, 5);
  assertClose(e.weights(), [1 / 3, 1 / 3, 1 / 3]);
  assertClose([e.predict([1, 2, 6])], [3]);
});

test("inverse-error weights", () => {
  const e = new WeightedEnsemble(2, 3);
  e.update([2, 5], 3);
  assertClose(e.weights(), [2 / 3, 1 / 3]);
  assertClose([e.predict([10, 40])], [20]);
});

test("mean error over the window", () => {
  const e = new WeightedEnsemble(2, 3);
  e.update([1, 2], 0);
  e.update([3, -2], 0);
  assertClose(e.weights(), [0.5, 0.5]);
});

test("old steps leave the window", () => {
  const e = new WeightedEnsemble(2, 2);
  e.update([10, 1], 0);
  e.update([1, 3], 0);
  e.update([1, -3], 0);
  assertClose(e.weights(), [0.75, 0.25]);
});

test("a perfect model dominates", () => {
  const e = new WeightedEnsemble(2, 4);
  e.update([5, 6], 5);
  const w = e.weights();
  assertClose([w[0], w[0] + w[1]], [1, 1], 1e-6);
  const both = new WeightedEnsemble(2, 4);
  both.update([5, 5], 5);
  assertClose(both.weights(), [0.5, 0.5]);
});

test("custom eps", () => {
  const e = new WeightedEnsemble(2, 4, 1);
  e.update([5, 6], 5);
  assertClose(e.weights(), [2 / 3, 1 / 3]);
  // Two steps in a window of 4: the MAE divides by the 2 steps held, not by the window
  // or not at all, which the relative weights only show when eps is not negligible.
  e.update([5, 6], 5); // MAE 0 and 1: 1 / (0 + 1) and 1 / (1 + 1)
  assertClose(e.weights(), [2 / 3, 1 / 3]);
});

test("single model", () => {
  const e = new WeightedEnsemble(1, 1);
  e.update([4], 1);
  assert.deepEqual(e.weights(), [1]);
  assertClose([e.predict([7.5])], [7.5]);
});

test("invalid arguments", () => {
  assert.throws(() => new WeightedEnsemble(0, 3));
  assert.throws(() => new WeightedEnsemble(2, 0));
  assert.throws(() => new WeightedEnsemble(2, 3, 0));
  const e = new WeightedEnsemble(2, 3);
  assert.throws(() => e.update([1, 2, 3], 0));
  assert.throws(() => e.predict([1]));
});

test("long stream with a regime change, O(m) per step", () => {
  // O(m) per step takes milliseconds; going over the 50,000-step window on every call takes minutes.
  const weights = runWithCpuLimit(
    `const n = 200000;
     const e = new m.WeightedEnsemble(3, 50000);
     for (let i = 0; i < n; i++) {
       const actual = i % 7;
       const offsets = i < n / 2 ? [1, -2, 4] : [8, 2, -0.5];
       const preds = offsets.map((o) => actual + o);
       e.predict(preds);
       e.update(preds, actual);
     }
     return e.weights();`,
    3000,
  ) as number[];
  // Only the second regime is in the window: raw weights 1/8, 1/2, 2.
  assertClose(weights, [0.125 / 2.625, 0.5 / 2.625, 2 / 2.625]);
});
