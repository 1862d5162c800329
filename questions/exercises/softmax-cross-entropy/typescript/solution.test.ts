import { test } from "node:test";
import assert from "node:assert/strict";
import { crossEntropy, softmax } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertClose(actual: number[], expected: number[], eps = 1e-9): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((x, i) => assert.ok(Math.abs(x - expected[i]) < eps, `[${i}]: ${x} != ${expected[i]}`));
}

test("softmax known values", () => {
  const z = Math.exp(1) + Math.exp(2) + Math.exp(3);
  assertClose(softmax([1, 2, 3]), [Math.exp(1) / z, Math.exp(2) / z, Math.exp(3) / z]);
  assertClose(softmax([7.5]), [1]);
});

test("softmax shift invariance and extreme logits", () => {
  assertClose(softmax([1001, 1002, 1003]), softmax([1, 2, 3]));
  assertClose(softmax([1000, 1000]), [0.5, 0.5]);
  assertClose(softmax([-1000, 0]), [0, 1]);
  assertClose(softmax([-1000, -1000, -1000, -1000]), [0.25, 0.25, 0.25, 0.25]);
});

test("softmax of nothing", () => {
  assert.throws(() => softmax([]), Error);
});

test("cross-entropy with uniform logits", () => {
  const { loss, grad } = crossEntropy([0, 0, 0, 0], 2);
  assertClose([loss], [Math.log(4)]);
  assertClose(grad, [0.25, 0.25, -0.75, 0.25]);
});

test("cross-entropy known value", () => {
  const logits = [2, 1, 0.1];
  const lse = Math.log(logits.reduce((s, z) => s + Math.exp(z), 0));
  const { loss, grad } = crossEntropy(logits, 0);
  assertClose([loss], [lse - 2]);
  const p = logits.map((z) => Math.exp(z - lse));
  assertClose(grad, [p[0] - 1, p[1], p[2]]);
});

test("target far below the maximum", () => {
  // p_target underflows to 0; the loss is 1000 + ln(1 + e^-1) ≈ 1000.313.
  const { loss, grad } = crossEntropy([-1000, 0, -1], 0);
  assertClose([loss], [1000 + Math.log(1 + Math.exp(-1))]);
  assertClose(grad, [-1, 1 / (1 + Math.exp(-1)), Math.exp(-1) / (1 + Math.exp(-1))]);
});

test("extreme logits stay finite", () => {
  let result = crossEntropy([1000, 0], 1);
  assertClose([result.loss], [1000]);
  assertClose(result.grad, [1, -1]);
  result = crossEntropy([1000, 0], 0);
  assertClose([result.loss], [0]);
  assertClose(result.grad, [0, 0]);
});

test("gradient matches finite differences", () => {
  const logits = [0.3, -1.2, 2.5, 0];
  const { grad } = crossEntropy(logits, 1);
  const h = 1e-6;
  logits.forEach((_, i) => {
    const up = [...logits];
    const down = [...logits];
    up[i] += h;
    down[i] -= h;
    const numeric = (crossEntropy(up, 1).loss - crossEntropy(down, 1).loss) / (2 * h);
    assert.ok(Math.abs(grad[i] - numeric) < 1e-5, `d/dz${i}: ${grad[i]} vs ${numeric}`);
  });
  assertClose([grad.reduce((a, b) => a + b, 0)], [0]);
});

test("single class", () => {
  const { loss, grad } = crossEntropy([5], 0);
  assertClose([loss], [0]);
  assertClose(grad, [0]);
});

test("invalid arguments", () => {
  assert.throws(() => crossEntropy([], 0), Error);
  assert.throws(() => crossEntropy([1, 2], 2), Error);
  assert.throws(() => crossEntropy([1, 2], -1), Error);
  assert.throws(() => crossEntropy([1, 2], 0.5), Error);
});
