import { test } from "node:test";
import assert from "node:assert/strict";
import { ExponentialMovingAverage, SimpleMovingAverage } from "./solution.ts";

function assertClose(actual: number[], expected: number[], eps = 1e-9): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((x, i) => assert.ok(Math.abs(x - expected[i]) < eps, `[${i}]: ${x} != ${expected[i]}`));
}

test("the window fills then slides", () => {
  const sma = new SimpleMovingAverage(3);
  assert.deepEqual([1, 2, 3, 4, 5].map((x) => sma.update(x)), [1, 1.5, 2, 3, 4]);
});

test("a window of one", () => {
  const sma = new SimpleMovingAverage(1);
  assert.deepEqual([4, -2, 9].map((x) => sma.update(x)), [4, -2, 9]);
});

test("negative and fractional values", () => {
  const sma = new SimpleMovingAverage(2);
  assertClose([-1.5, 2.5, -4].map((x) => sma.update(x)), [-1.5, 0.5, -0.75]);
});

test("simple average value property", () => {
  const sma = new SimpleMovingAverage(2);
  assert.equal(sma.value, null);
  sma.update(3);
  sma.update(5);
  assert.equal(sma.value, 4);
});

test("a large window in constant time per update", () => {
  const window = 100_000;
  const sma = new SimpleMovingAverage(window);
  for (let i = 0; i < 300_000; i++) {
    const avg = sma.update(i % 1000);
    if (i === window - 1) assertClose([avg], [499.5]);
  }
  assertClose([sma.value ?? NaN], [499.5]);
});

test("exponential recurrence", () => {
  let ema = new ExponentialMovingAverage(0.5);
  assert.deepEqual([10, 20, 30].map((x) => ema.update(x)), [10, 15, 22.5]);
  ema = new ExponentialMovingAverage(0.2);
  assertClose([1, 2, 3].map((x) => ema.update(x)), [1, 1.2, 1.56]);
});

test("alpha one tracks the last value", () => {
  const ema = new ExponentialMovingAverage(1);
  assert.deepEqual([3, -7, 2].map((x) => ema.update(x)), [3, -7, 2]);
});

test("exponential average value property", () => {
  const ema = new ExponentialMovingAverage(0.5);
  assert.equal(ema.value, null);
  ema.update(8);
  ema.update(0);
  assert.equal(ema.value, 4);
});

test("invalid arguments", () => {
  assert.throws(() => new SimpleMovingAverage(0));
  for (const alpha of [0, -0.5, 1.5]) assert.throws(() => new ExponentialMovingAverage(alpha));
});
