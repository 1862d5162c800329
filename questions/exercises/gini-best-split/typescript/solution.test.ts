import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { bestSplit } from "./solution.ts";
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
 * ends with `return <json-serialisable value>`) in a child process, and fail if
 * it uses more than `cpuMs` of CPU time. The limit is on CPU time, not the wall
 * clock, so a busy machine slows a correct solution down without failing it; a
 * watchdog thread in the child stops it at the limit,
 * and a child still running after 20 * cpuMs of wall-clock time is killed too.
 */
function runWithCpuLimit(body: string, cpuMs: number): unknown {
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
    ["--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
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

function assertSplit(got: { threshold: number; impurity: number } | null, threshold: number, impurity: number): void {
  assert.ok(got !== null, "a split exists");
  assert.ok(Math.abs(got.threshold - threshold) < 1e-9, `threshold ${got.threshold} != ${threshold}`);
  assert.ok(Math.abs(got.impurity - impurity) < 1e-9, `impurity ${got.impurity} != ${impurity}`);
}

test("example from the prompt", () => {
  // 1.5: 5/6 * 0.48 = 0.4; 2.5: 4/6 * 0.375 = 0.25; 3.5: 4/9; 4.5: 0.25; 5.5: 0.4. The tie goes to 2.5.
  assertSplit(bestSplit([1, 2, 3, 4, 5, 6], [0, 0, 1, 0, 1, 1]), 2.5, 0.25);
});

test("a perfect split", () => {
  assertSplit(bestSplit([1, 2, 3, 4], [0, 0, 1, 1]), 2.5, 0);
  assertSplit(bestSplit([10, 30], ["x", "y"]), 20, 0);
});

test("unsorted input and string labels", () => {
  assertSplit(bestSplit([3, 1, 2, 1], ["a", "b", "a", "b"]), 1.5, 0);
  assertSplit(bestSplit([6, 5, 4, 3, 2, 1], [1, 1, 0, 1, 0, 0]), 2.5, 0.25);
});

test("values sort as numbers", () => {
  // Sorted numerically: 2 a, 9 a, 10 b, 100 b: 9.5 is perfect.
  assertSplit(bestSplit([10, 9, 100, 2], ["b", "a", "b", "a"]), 9.5, 0);
});

test("no threshold between equal values", () => {
  // Only 1.5 separates the values: both sides are {0, 1}, impurity 0.5.
  assertSplit(bestSplit([1, 1, 2, 2], [0, 1, 0, 1]), 1.5, 0.5);
  // Sorted: 1 a, 1 b, 1 b, 5 a. Only 3 is possible: left {a, b, b} = 4/9, weighted 3/4 * 4/9 = 1/3.
  assertSplit(bestSplit([1, 5, 1, 1], ["a", "a", "b", "b"]), 3, 1 / 3);
});

test("three classes", () => {
  // 2.5 and 4.5 both give 4/6 * 0.5 = 1/3; 3.5 gives 4/9; 1.5 and 5.5 give 5/6 * 16/25 = 8/15.
  assertSplit(bestSplit([1, 2, 3, 4, 5, 6], [0, 0, 1, 1, 2, 2]), 2.5, 1 / 3);
});

test("weighted, not averaged", () => {
  // 1.5: {0} | {1, 0, 1, 1} gives 4/5 * 3/8 = 3/10; 3.5: {0, 1, 0} | {1, 1} gives 3/5 * 4/9 = 4/15.
  // Weighted, 3.5 wins; the plain mean of the two sides (3/16 against 2/9) would pick 1.5.
  assertSplit(bestSplit([1, 2, 3, 4, 5], [0, 1, 0, 1, 1]), 3.5, 4 / 15);
});

test("no split possible", () => {
  assert.equal(bestSplit([], []), null);
  assert.equal(bestSplit([4], [1]), null);
  assert.equal(bestSplit([2, 2, 2], [0, 1, 0]), null);
});

test("the inputs are not modified", () => {
  const values = [3, 1, 2];
  const labels = [1, 0, 1];
  bestSplit(values, labels);
  assert.deepEqual([values, labels], [[3, 1, 2], [1, 0, 1]]);
});

test("invalid input throws RangeError", () => {
  assert.throws(() => bestSplit([1, 2], [0]), RangeError);
  assert.throws(() => bestSplit([1, NaN, 3], [0, 1, 0]), RangeError);
});

test("100,000 samples", () => {
  // Runs in a child process with a time limit: recounting both sides for every threshold fails instead of hanging.
  const out = runWithCpuLimit(
    `const n = 100000;
     const values = Array.from({ length: n }, (_, j) => (j * 7919) % n); // a shuffled 0..n-1
     const labels = values.map((v) => (v < 20000 ? 0 : v < 70000 ? 1 : 2));
     return m.bestSplit(values, labels);`,
    4000,
  ) as { threshold: number; impurity: number } | null;
  // At 69,999.5: left 20,000 of class 0 and 50,000 of class 1, G = 1 - (4 + 25) / 49 = 20/49;
  // right pure. Weighted 0.7 * 20/49 = 2/7. (At 19,999.5 it is 0.8 * 30/64 = 0.375.)
  assertSplit(out, 69_999.5, 2 / 7);
});
