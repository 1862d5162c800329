import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { WeightedEnsemble } from "./solution.ts";
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
