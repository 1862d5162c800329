import { test } from "node:test";
import assert from "node:assert/strict";
import { ExponentialMovingAverage, SimpleMovingAverage } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

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

test("slides over a long stream", () => {
  const sma = new SimpleMovingAverage(4);
  const values = Array.from({ length: 50 }, (_, i) => ((i * 7) % 11) - 5);
  values.forEach((x, i) => {
    const held = values.slice(Math.max(0, i - 3), i + 1);
    const expected = held.reduce((a, b) => a + b, 0) / held.length;
    assert.ok(Math.abs(sma.update(x) - expected) < 1e-9, `after value ${i}`);
  });
});

test("simple average value property", () => {
  const sma = new SimpleMovingAverage(2);
  assert.equal(sma.value, null);
  sma.update(3);
  sma.update(5);
  assert.equal(sma.value, 4);
});

test("a large window in constant time per update", () => {
  const out = runWithCpuLimit(
    `const window = 100000;
     const sma = new m.SimpleMovingAverage(window);
     let atFull = null;
     for (let i = 0; i < 300000; i++) {
       const avg = sma.update(i % 1000);
       if (i === window - 1) atFull = avg;
     }
     return [atFull, sma.value];`,
    2000,
  ) as number[];
  assertClose(out, [499.5, 499.5]);
});

test("memory is bounded by the window", () => {
  const out = runWithCpuLimit(
    `globalThis.gc();
     const before = process.memoryUsage().heapUsed;
     const sma = new m.SimpleMovingAverage(10);
     for (let i = 0; i < 1000000; i++) sma.update(i + 0.5);
     globalThis.gc();
     const grown = process.memoryUsage().heapUsed - before;
     return [sma.value, grown];`,
    4000,
    { nodeArgs: ["--expose-gc"] },
  ) as number[];
  assertClose([out[0]], [999995]);
  // Keeping all 1 000 000 values takes at least 8 MB; a window of 10 needs a few hundred bytes.
  assert.ok(out[1] < 2_000_000, `heap grew by ${out[1]} bytes: memory must stay O(window)`);
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
  assert.throws(() => new SimpleMovingAverage(0), Error);
  for (const alpha of [0, -0.5, 1.5]) assert.throws(() => new ExponentialMovingAverage(alpha), Error);
});

test("boundary arguments are accepted", () => {
  assert.equal(new SimpleMovingAverage(1).update(2.5), 2.5);
  assert.equal(new ExponentialMovingAverage(1).update(2.5), 2.5);
});
