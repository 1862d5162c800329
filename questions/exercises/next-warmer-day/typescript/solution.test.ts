import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { daysUntilWarmer, nextGreaterCircular } from "./solution.ts";
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

test("daysUntilWarmer: example from the prompt", () => {
  assert.deepEqual(daysUntilWarmer([73, 74, 75, 71, 69, 72, 76, 73]), [1, 1, 4, 2, 1, 1, 0, 0]);
});

test("daysUntilWarmer: monotone sequences", () => {
  assert.deepEqual(daysUntilWarmer([30, 40, 50, 60]), [1, 1, 1, 0]);
  assert.deepEqual(daysUntilWarmer([60, 50, 40, 30]), [0, 0, 0, 0]);
});

test("daysUntilWarmer: equal is not warmer", () => {
  assert.deepEqual(daysUntilWarmer([30, 30, 31]), [2, 1, 0]);
  assert.deepEqual(daysUntilWarmer([5, 5, 5]), [0, 0, 0]);
  assert.deepEqual(daysUntilWarmer([2, 1, 1, 2, 3]), [4, 2, 1, 1, 0]);
});

test("daysUntilWarmer: empty and single", () => {
  assert.deepEqual(daysUntilWarmer([]), []);
  assert.deepEqual(daysUntilWarmer([12.5]), [0]);
});

test("daysUntilWarmer: fractional and negative temperatures", () => {
  assert.deepEqual(daysUntilWarmer([-3.5, -4, -3.25, 0]), [2, 1, 1, 0]);
  assert.deepEqual(daysUntilWarmer([9, 10, 100, 8]), [1, 1, 0, 0]);
});

test("daysUntilWarmer: the input is not modified", () => {
  const temps = [3, 1, 2];
  daysUntilWarmer(temps);
  assert.deepEqual(temps, [3, 1, 2]);
});

test("nextGreaterCircular: example from the prompt", () => {
  assert.deepEqual(nextGreaterCircular([1, 5, 3, 6, 4]), [5, 6, 6, -1, 5]);
});

test("nextGreaterCircular: wraps around", () => {
  assert.deepEqual(nextGreaterCircular([1, 2, 1]), [2, -1, 2]);
  assert.deepEqual(nextGreaterCircular([5, 4, 3, 2, 1]), [-1, 5, 5, 5, 5]);
  assert.deepEqual(nextGreaterCircular([2, 1, 2, 4, 3]), [4, 2, 4, -1, 4]);
});

test("nextGreaterCircular: equal is not greater", () => {
  assert.deepEqual(nextGreaterCircular([3, 3, 3]), [-1, -1, -1]);
  assert.deepEqual(nextGreaterCircular([4, 1, 4]), [-1, 4, -1]);
});

test("nextGreaterCircular: empty and single", () => {
  assert.deepEqual(nextGreaterCircular([]), []);
  assert.deepEqual(nextGreaterCircular([7]), [-1]);
});

test("nextGreaterCircular: the input is not modified", () => {
  const nums = [2, 3, 1];
  assert.deepEqual(nextGreaterCircular(nums), [3, -1, 2]);
  assert.deepEqual(nums, [2, 3, 1]);
});

test("a long fall, then a rise", () => {
  // Runs in a child process with a time limit: an O(n^2) scan fails instead of hanging the run.
  const out = runWithCpuLimit(
    `const n = 300000;
     const falling = Array.from({ length: n }, (_, i) => n - i); // nothing later is larger
     const a = m.daysUntilWarmer(falling);
     const b = m.daysUntilWarmer([...falling, n + 1]);
     const c = m.nextGreaterCircular(falling);
     return [
       a.length === n && a.every((d) => d === 0),
       b.length === n + 1 && b.every((d, i) => d === n - i),
       c.length === n && c[0] === -1 && c.slice(1).every((x) => x === n),
     ];`,
    4000,
  );
  // No day of a falling sequence has a warmer one; a final maximum answers day i after n - i days;
  // circularly, every value but the first (the maximum) wraps around to it.
  assert.deepEqual(out, [true, true, true]);
});
