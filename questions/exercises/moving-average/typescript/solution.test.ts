import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { ExponentialMovingAverage, SimpleMovingAverage } from "./solution.ts";

// Every test has a time limit so that an endless loop fails instead of hanging the run.
const limit = { timeout: 5000 };

/**
 * Run `body` (plain JavaScript that can use the solution module as `m` and
 * ends with `return <json-serialisable value>`) in a child process started with
 * `flags`, and fail if it uses more than `cpuMs` of CPU time. The limit is on
 * CPU time, not the wall clock, so a busy machine slows a correct solution down
 * without failing it; a child still running after 3 * cpuMs of wall-clock time
 * is killed.
 */
function runInChild(body: string, cpuMs: number, flags: string[] = []): unknown {
  const url = new URL("./solution.ts", import.meta.url).href;
  const code =
    `import * as m from ${JSON.stringify(url)};\n` +
    `const run = () => {\n${body}\n};\n` +
    `const before = process.cpuUsage();\n` +
    `const value = run();\n` +
    `const used = process.cpuUsage(before);\n` +
    `process.stdout.write(JSON.stringify({ value, cpuMs: (used.user + used.system) / 1000 }));`;
  const result = spawnSync(
    process.execPath,
    [...flags, "--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
    { encoding: "utf8", timeout: 3 * cpuMs, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error || result.signal) {
    assert.fail(`still running after ${3 * cpuMs} ms: check the complexity`);
  }
  assert.equal(result.status, 0, result.stderr);
  const { value, cpuMs: used } = JSON.parse(result.stdout) as { value: unknown; cpuMs: number };
  assert.ok(used <= cpuMs, `used ${Math.round(used)} ms of CPU time, more than ${cpuMs} ms: check the complexity`);
  return value;
}

function assertClose(actual: number[], expected: number[], eps = 1e-9): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((x, i) => assert.ok(Math.abs(x - expected[i]) < eps, `[${i}]: ${x} != ${expected[i]}`));
}

test("the window fills then slides", limit, () => {
  const sma = new SimpleMovingAverage(3);
  assert.deepEqual([1, 2, 3, 4, 5].map((x) => sma.update(x)), [1, 1.5, 2, 3, 4]);
});

test("a window of one", limit, () => {
  const sma = new SimpleMovingAverage(1);
  assert.deepEqual([4, -2, 9].map((x) => sma.update(x)), [4, -2, 9]);
});

test("negative and fractional values", limit, () => {
  const sma = new SimpleMovingAverage(2);
  assertClose([-1.5, 2.5, -4].map((x) => sma.update(x)), [-1.5, 0.5, -0.75]);
});

test("slides over a long stream", limit, () => {
  const sma = new SimpleMovingAverage(4);
  const values = Array.from({ length: 50 }, (_, i) => ((i * 7) % 11) - 5);
  values.forEach((x, i) => {
    const held = values.slice(Math.max(0, i - 3), i + 1);
    const expected = held.reduce((a, b) => a + b, 0) / held.length;
    assert.ok(Math.abs(sma.update(x) - expected) < 1e-9, `after value ${i}`);
  });
});

test("simple average value property", limit, () => {
  const sma = new SimpleMovingAverage(2);
  assert.equal(sma.value, null);
  sma.update(3);
  sma.update(5);
  assert.equal(sma.value, 4);
});

test("a large window in constant time per update", limit, () => {
  const out = runInChild(
    `const window = 100000;
     const sma = new m.SimpleMovingAverage(window);
     let atFull = null;
     for (let i = 0; i < 300000; i++) {
       const avg = sma.update(i % 1000);
       if (i === window - 1) atFull = avg;
     }
     return [atFull, sma.value];`,
    4000,
  ) as number[];
  assertClose(out, [499.5, 499.5]);
});

test("memory is bounded by the window", limit, () => {
  const out = runInChild(
    `globalThis.gc();
     const before = process.memoryUsage().heapUsed;
     const sma = new m.SimpleMovingAverage(10);
     for (let i = 0; i < 1000000; i++) sma.update(i + 0.5);
     globalThis.gc();
     const grown = process.memoryUsage().heapUsed - before;
     return [sma.value, grown];`,
    4000,
    ["--expose-gc"],
  ) as number[];
  assertClose([out[0]], [999995]);
  // Keeping all 1 000 000 values takes at least 8 MB; a window of 10 needs a few hundred bytes.
  assert.ok(out[1] < 2_000_000, `heap grew by ${out[1]} bytes: memory must stay O(window)`);
});

test("exponential recurrence", limit, () => {
  let ema = new ExponentialMovingAverage(0.5);
  assert.deepEqual([10, 20, 30].map((x) => ema.update(x)), [10, 15, 22.5]);
  ema = new ExponentialMovingAverage(0.2);
  assertClose([1, 2, 3].map((x) => ema.update(x)), [1, 1.2, 1.56]);
});

test("alpha one tracks the last value", limit, () => {
  const ema = new ExponentialMovingAverage(1);
  assert.deepEqual([3, -7, 2].map((x) => ema.update(x)), [3, -7, 2]);
});

test("exponential average value property", limit, () => {
  const ema = new ExponentialMovingAverage(0.5);
  assert.equal(ema.value, null);
  ema.update(8);
  ema.update(0);
  assert.equal(ema.value, 4);
});

test("invalid arguments", limit, () => {
  assert.throws(() => new SimpleMovingAverage(0), Error);
  for (const alpha of [0, -0.5, 1.5]) assert.throws(() => new ExponentialMovingAverage(alpha), Error);
});

test("boundary arguments are accepted", limit, () => {
  assert.equal(new SimpleMovingAverage(1).update(2.5), 2.5);
  assert.equal(new ExponentialMovingAverage(1).update(2.5), 2.5);
});
