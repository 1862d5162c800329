import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { ExponentialMovingAverage, SimpleMovingAverage } from "./solution.ts";
import { Worker } from "node:worker_threads";

/**
 * Every test has a limit on the CPU time it uses. A test stuck in a loop never gives this thread
 * back, so no timer here could stop it: a watchdog thread reads the process's CPU time instead and,
 * once the running test has used more than CPU_LIMIT_MS, names it and ends the run. CPU time, not
 * the wall clock, so a busy machine slows a correct solution down without failing it.
 */
const CPU_LIMIT_MS = 2000;
const watchdog = new Worker(
  `const { parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
   let running = null;
   parentPort.on("message", (message) => { running = message; });
   setInterval(() => {
     if (running === null) return;
     const { user, system } = process.cpuUsage();
     const used = (user + system) / 1000 - running.startMs;
     if (used <= workerData.limitMs) return;
     process.getBuiltinModule("node:fs").writeSync(2, "\\n\\u2716 " + JSON.stringify(running.name) + " used more than " + workerData.limitMs +
       " ms of CPU time without finishing: stopped (an endless loop, or the slow algorithm?)\\n");
     process.kill(process.pid, "SIGKILL");
   }, 20);`,
  { eval: true, workerData: { limitMs: CPU_LIMIT_MS } },
);
watchdog.unref();
const cpuNowMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
beforeEach(async (t) => {
  // One turn of the event loop first, so the results so far are reported before a test that hangs.
  await new Promise((resolve) => setImmediate(resolve));
  watchdog.postMessage({ name: t.name, startMs: cpuNowMs() });
});
afterEach(() => watchdog.postMessage(null));

/**
 * Code that starts a child's watchdog: a thread that kills the child (SIGKILL) once it has used
 * `cpuMs` of CPU time more than when the watchdog started, so a slow or endless solution stops at
 * the CPU limit however busy the machine is.
 */
function childWatchdog(cpuMs: number): string {
  const thread =
    `const { workerData: endMs } = process.getBuiltinModule("node:worker_threads");\n` +
    `setInterval(() => {\n` +
    `  const { user, system } = process.cpuUsage();\n` +
    `  if ((user + system) / 1000 > endMs) process.kill(process.pid, "SIGKILL");\n` +
    `}, 20);`;
  return (
    `{ const { Worker } = await import("node:worker_threads"); const { user, system } = process.cpuUsage();\n` +
    `  new Worker(${JSON.stringify(thread)}, { eval: true, workerData: (user + system) / 1000 + ${cpuMs} }).unref(); }\n`
  );
}

/**
 * Run `body` (plain JavaScript that can use the solution module as `m` and
 * ends with `return <json-serialisable value>`) in a child process started with
 * `flags`, and fail if it uses more than `cpuMs` of CPU time. The limit is on
 * CPU time, not the wall clock, so a busy machine slows a correct solution down
 * without failing it; a watchdog thread in the child stops it at the limit,
 * and a child still running after 20 * cpuMs of wall-clock time is killed too.
 */
function runInChild(body: string, cpuMs: number, flags: string[] = []): unknown {
  const url = new URL("./solution.ts", import.meta.url).href;
  const code =
    `import * as m from ${JSON.stringify(url)};\n` +
    `const run = () => {\n${body}\n};\n` +
    childWatchdog(cpuMs) +
    `const before = process.cpuUsage();\n` +
    `const value = run();\n` +
    `const used = process.cpuUsage(before);\n` +
    `process.stdout.write(JSON.stringify({ value, cpuMs: (used.user + used.system) / 1000 }));`;
  const result = spawnSync(
    process.execPath,
    [...flags, "--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
    { encoding: "utf8", timeout: 20 * cpuMs, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.signal === "SIGKILL") {
    assert.fail(`used more than ${cpuMs} ms of CPU time and was stopped: check the complexity`);
  }
  if (result.error || result.signal) {
    assert.fail(`still running after ${20 * cpuMs} ms: check the complexity`);
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
  const out = runInChild(
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
