import { test } from "node:test";
import assert from "node:assert/strict";
import { erf, twoProportionZTest } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertClose(actual: number, expected: number, eps: number, msg = ""): void {
  assert.ok(Math.abs(actual - expected) <= eps, `${msg} ${actual} != ${expected}`);
}

test("erf known values", () => {
  const known: Array<[number, number]> = [
    [0, 0],
    [0.5, 0.5204998778130465],
    [0.6, 0.6038560908479259],
    [1, 0.8427007929497149],
    [2, 0.9953222650189527],
    [3, 0.9999779095030014],
    [4.5, 0.9999999998033839],
  ];
  for (const [x, expected] of known) assertClose(erf(x), expected, 1e-6, `erf(${x})`);
});

test("erf odd symmetry and limits", () => {
  for (const x of [0.1, 0.7, 1.3, 2.2, 3.7]) assertClose(erf(-x), -erf(x), 1e-12);
  assertClose(erf(10), 1, 1e-6);
  assertClose(erf(-10), -1, 1e-6);
});

test("erf is monotonic on a grid", () => {
  let previous = -Infinity;
  for (let i = -400; i <= 400; i++) {
    const value = erf(i / 100);
    assert.ok(value >= previous, `erf(${i / 100})`);
    previous = value;
  }
});

test("worked example", () => {
  const { z, pValue } = twoProportionZTest(30, 200, 45, 250);
  assertClose(z, 0.6 * Math.SQRT2, 1e-9);
  assertClose(pValue, 1 - 0.6038560908479259, 1e-6);
});

test("significant difference", () => {
  const { z, pValue } = twoProportionZTest(200, 1000, 250, 1000);
  assertClose(z, 0.05 / Math.sqrt(0.225 * 0.775 * 0.002), 1e-9);
  assertClose(z, 2.677397763, 1e-6);
  assertClose(pValue, 0.0074196493, 1e-6);
});

test("swapping groups negates z", () => {
  const a = twoProportionZTest(200, 1000, 250, 1000);
  const b = twoProportionZTest(250, 1000, 200, 1000);
  assertClose(b.z, -a.z, 1e-12);
  assertClose(b.pValue, a.pValue, 1e-12);
});

test("equal rates", () => {
  const { z, pValue } = twoProportionZTest(50, 100, 100, 200);
  assertClose(z, 0, 1e-12);
  assertClose(pValue, 1, 1e-9);
});

test("zero standard error", () => {
  assert.deepEqual(twoProportionZTest(0, 100, 0, 50), { z: 0, pValue: 1 });
  assert.deepEqual(twoProportionZTest(100, 100, 50, 50), { z: 0, pValue: 1 });
});

test("a huge effect gives a tiny p-value", () => {
  const { z, pValue } = twoProportionZTest(10, 10_000, 5_000, 10_000);
  assert.ok(z > 50);
  assert.ok(pValue >= 0 && pValue < 1e-12);
});

test("invalid inputs", () => {
  const cases: Array<[number, number, number, number]> = [
    [1, 0, 1, 10],
    [1, 10, 1, -5],
    [-1, 10, 1, 10],
    [11, 10, 1, 10],
    [1, 10, 12, 10],
  ];
  for (const args of cases) assert.throws(() => twoProportionZTest(...args), `${args}`);
});
