import { test } from "node:test";
import assert from "node:assert/strict";
import { Adam } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertClose(actual: number, expected: number, eps = 1e-9, what = ""): void {
  assert.ok(Math.abs(actual - expected) <= eps, `${what}${actual} != ${expected}`);
}

function assertAllClose(actual: number[], expected: number[], eps = 1e-9): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((x, i) => assertClose(x, expected[i], eps, `parameter ${i}: `));
}

test("the first step moves by lr against the gradient", () => {
  // On step 1 the corrected moments are g and g^2: the update is lr * g / (|g| + eps).
  const out = new Adam({ lr: 0.1 }).step([1, -2, 0.5], [0.5, -3, 0]);
  assertAllClose(out, [1 - (0.1 * 0.5) / (0.5 + 1e-8), -2 + (0.1 * 3) / (3 + 1e-8), 0.5]);
});

test("example from the prompt", () => {
  const opt = new Adam({ lr: 0.1 });
  let p = opt.step([0], [1]);
  assertClose(p[0], -0.1, 1e-7);
  p = opt.step(p, [-1]);
  // m = 0.9 * 0.1 - 0.1 = -0.01, mHat = -0.01 / 0.19 = -1/19; vHat = 0.001999 / 0.001999 = 1.
  assertClose(p[0], -0.1 + 0.1 / 19, 1e-7);
});

test("a constant gradient moves lr every step", () => {
  // With bias correction, a constant gradient gives mHat = g and vHat = g^2 at every step.
  const opt = new Adam({ lr: 0.01 });
  let p = [3, 3];
  for (let i = 0; i < 100; i++) p = opt.step(p, [2, -0.5]);
  assertAllClose(p, [2, 4], 1e-6);
});

test("the gradient's scale does not matter", () => {
  const a = new Adam({ lr: 0.05 });
  const b = new Adam({ lr: 0.05 });
  let pa = [1, 1];
  let pb = [1, 1];
  for (const g of [[0.3, -0.1], [0.2, 0.4], [-0.5, 0.1]]) {
    pa = a.step(pa, g);
    pb = b.step(pb, g.map((x) => 1000 * x));
  }
  assertAllClose(pa, pb, 1e-6);
});

test("epsilon is added after the square root", () => {
  // First step: lr * g / (sqrt(g^2) + eps) = 1 * 0.01 / (0.01 + 0.01) = 0.5.
  assertClose(new Adam({ lr: 1, eps: 0.01 }).step([0], [0.01])[0], -0.5);
});

test("decoupled weight decay", () => {
  // Zero gradient: only the decay acts, p * (1 - lr * wd) = 4 * 0.95.
  assertClose(new Adam({ lr: 0.1, weightDecay: 0.5 }).step([4], [0])[0], 3.8);
  // The decay uses the parameter before the update: 1 - 0.1 * (0.5 / 0.5 + 0.1 * 1) = 0.89.
  assertClose(new Adam({ lr: 0.1, weightDecay: 0.1 }).step([1], [0.5])[0], 0.89, 1e-7);
});

test("each parameter keeps its own moments", () => {
  const opt = new Adam({ lr: 0.1 });
  let p = opt.step([0, 0], [1, 0]);
  p = opt.step(p, [-1, 1]);
  // Parameter 0 follows the worked example; parameter 1 saw 0 then 1:
  // m = 0.1, mHat = 0.1 / 0.19; v = 0.001, vHat = 0.001 / 0.001999.
  const mHat = 0.1 / 0.19;
  const vHat = 0.001 / 0.001999;
  assertClose(p[0], -0.1 + 0.1 / 19, 1e-7);
  assertClose(p[1], (-0.1 * mHat) / Math.sqrt(vHat), 1e-7);
});

test("optimisers do not share state", () => {
  const a = new Adam({ lr: 0.1 });
  const b = new Adam({ lr: 0.1 });
  const pa = a.step([0], [1]);
  const pb = b.step([0], [1]);
  assertClose(pa[0], pb[0]);
  assertClose(a.step(pa, [-1])[0], -0.1 + 0.1 / 19, 1e-7);
});

test("the inputs are not modified", () => {
  const params = [1, 2];
  const grads = [0.1, -0.2];
  const out = new Adam({ lr: 0.1 }).step(params, grads);
  assert.deepEqual([params, grads], [[1, 2], [0.1, -0.2]]);
  assert.notEqual(out, params);
});

test("invalid hyperparameters throw RangeError", () => {
  for (const options of [{ lr: 0 }, { lr: -0.1 }, { lr: NaN }, { beta1: 1 }, { beta2: -0.1 }, { beta2: 1.5 }, { eps: 0 }, { weightDecay: -0.01 }]) {
    assert.throws(() => new Adam(options), RangeError, JSON.stringify(options));
  }
});

test("shape errors throw RangeError", () => {
  const opt = new Adam();
  assert.throws(() => opt.step([1, 2], [0.1]), RangeError);
  opt.step([1, 2], [0.1, 0.2]);
  assert.throws(() => opt.step([1, 2, 3], [0.1, 0.2, 0.3]), RangeError);
});
