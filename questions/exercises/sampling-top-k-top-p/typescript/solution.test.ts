import { test } from "node:test";
import assert from "node:assert/strict";
import { sample, samplingDistribution } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

const logs = (probs: number[]): number[] => probs.map(Math.log);

function assertClose(actual: number[], expected: number[], eps = 1e-9): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((x, i) => assert.ok(Math.abs(x - expected[i]) < eps, `[${i}]: ${x} != ${expected[i]}`));
}

test("plain softmax", () => {
  const z = Math.exp(1) + Math.exp(2) + Math.exp(3);
  assertClose(samplingDistribution([1, 2, 3]), [Math.exp(1) / z, Math.exp(2) / z, Math.exp(3) / z]);
});

test("temperature sharpens and flattens", () => {
  for (const t of [0.5, 2]) {
    const z = [1, 2, 3].reduce((s, x) => s + Math.exp(x / t), 0);
    assertClose(samplingDistribution([1, 2, 3], t), [1, 2, 3].map((x) => Math.exp(x / t) / z));
  }
  assert.ok(samplingDistribution([1, 2, 3], 0.5)[2] > samplingDistribution([1, 2, 3], 2)[2]);
});

test("temperature zero is greedy with the lowest index on ties", () => {
  assert.deepEqual(samplingDistribution([1, 3, 3, -2], 0), [0, 1, 0, 0]);
  assert.deepEqual(samplingDistribution([3, 1, 3], 0), [1, 0, 0]);
});

test("top-k", () => {
  assertClose(samplingDistribution(logs([0.5, 0.3, 0.2]), 1, 2), [0.625, 0.375, 0]);
  assertClose(samplingDistribution(logs([0.5, 0.3, 0.2]), 1, 5), [0.5, 0.3, 0.2]);
});

test("top-k ties go to the lower index", () => {
  assertClose(samplingDistribution([1, 2, 2, 0], 1, 1), [0, 1, 0, 0]);
  assertClose(samplingDistribution([1, 2, 2, 2], 1, 2), [0, 0.5, 0.5, 0]);
  assertClose(samplingDistribution([2, 1, 2], 1, 1), [1, 0, 0]);
});

test("top-p", () => {
  const logits = logs([0.1, 0.5, 0.15, 0.25]);
  assertClose(samplingDistribution(logits, 1, 0, 0.6), [0, 2 / 3, 0, 1 / 3]);
  assertClose(samplingDistribution(logits, 1, 0, 0.3), [0, 1, 0, 0]);
  assertClose(samplingDistribution(logits, 1, 0, 0.8), [0, 0.5 / 0.9, 0.15 / 0.9, 0.25 / 0.9]);
});

test("top-p reached exactly keeps the crossing token", () => {
  // Four equal logits give probabilities of exactly 0.25, so the cumulative sums are exact.
  assertClose(samplingDistribution([0, 0, 0, 0], 1, 0, 0.5), [0.5, 0.5, 0, 0]);
  assertClose(samplingDistribution([0, 0, 0, 0], 1, 0, 0.75), [1 / 3, 1 / 3, 1 / 3, 0]);
  assertClose(samplingDistribution([0, 0, 0, 0], 1, 0, 0.25), [1, 0, 0, 0]);
});

test("top-k then top-p on the renormalised mass", () => {
  assertClose(samplingDistribution(logs([0.4, 0.3, 0.2, 0.1]), 1, 3, 0.75), [4 / 7, 3 / 7, 0, 0]);
});

test("large logits are stable", () => {
  assertClose(samplingDistribution([1000, 1000, -1000]), [0.5, 0.5, 0]);
  assertClose(samplingDistribution([5000, 4000], 0.1), [1, 0]);
});

test("invalid arguments", () => {
  assert.throws(() => samplingDistribution([1, 2], -1), Error);
  assert.throws(() => samplingDistribution([1, 2], 1, -1), Error);
  assert.throws(() => samplingDistribution([1, 2], 1, 0, 0), Error);
  assert.throws(() => samplingDistribution([1, 2], 1, 0, 1.5), Error);
  assert.throws(() => samplingDistribution([]), Error);
});

test("boundary arguments are accepted", () => {
  assertClose(samplingDistribution([0, 0], 1, 0, 1), [0.5, 0.5]);
  assertClose(samplingDistribution([0, 0], 1, 2, 1), [0.5, 0.5]);
});

test("sample uses the inverse CDF", () => {
  const probs = [0.2, 0.5, 0.3];
  const cases: Array<[number, number]> = [[0, 0], [0.19, 0], [0.2, 1], [0.69, 1], [0.71, 2], [0.9999, 2]];
  for (const [r, expected] of cases) assert.equal(sample(probs, () => r), expected, `r=${r}`);
});

test("sample never chooses a zero-probability token", () => {
  assert.equal(sample([0, 1, 0], () => 0), 1);
  assert.equal(sample([0, 1, 0], () => 0.999999), 1);
  // ten times 0.1 sums to slightly less than 1 in floating point
  assert.equal(sample([...new Array<number>(10).fill(0.1), 0], () => 1 - 2 ** -53), 9);
});

test("the pipeline is deterministic with an injected rand", () => {
  const probs = samplingDistribution(logs([0.1, 0.5, 0.15, 0.25]), 1, 0, 0.6);
  const draws = [0.1, 0.5, 0.66, 0.67, 0.95].map((r) => sample(probs, () => r));
  assert.deepEqual(draws, [1, 1, 1, 3, 3]);
});
