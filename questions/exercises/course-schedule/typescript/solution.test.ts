import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { courseOrder } from "./solution.ts";
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

/** `order` holds each of 0..n-1 once and puts every prerequisite before its course. */
function assertValidOrder(n: number, prerequisites: Array<[number, number]>, order: number[] | null): void {
  assert.ok(order !== null, "a valid order exists, but null was returned");
  assert.deepEqual([...order].sort((a, b) => a - b), Array.from({ length: n }, (_, i) => i), "every course must appear exactly once");
  const position = new Map(order.map((course, at) => [course, at]));
  for (const [course, pre] of prerequisites) {
    assert.ok((position.get(pre) as number) < (position.get(course) as number), `course ${course} is taken before its prerequisite ${pre}`);
  }
}

test("example from the prompt", () => {
  const pairs: Array<[number, number]> = [[1, 0], [2, 0], [3, 1], [3, 2]];
  const order = courseOrder(4, pairs);
  assertValidOrder(4, pairs, order);
  assert.deepEqual([order?.[0], order?.[3]], [0, 3]);
  assert.equal(courseOrder(4, [...pairs, [0, 3]]), null);
});

test("reaching a finished course twice is not a cycle", () => {
  const pairs: Array<[number, number]> = [[3, 0], [1, 0], [2, 1], [2, 3], [4, 2], [4, 0]];
  assertValidOrder(5, pairs, courseOrder(5, pairs));
});

test("no prerequisites", () => {
  assertValidOrder(3, [], courseOrder(3, []));
  assert.deepEqual(courseOrder(1, []), [0]);
  assert.deepEqual(courseOrder(0, []), []);
});

test("courses that no pair mentions are included", () => {
  assertValidOrder(5, [[1, 0]], courseOrder(5, [[1, 0]]));
  assertValidOrder(6, [[4, 3]], courseOrder(6, [[4, 3]]));
});

test("cycles", () => {
  assert.equal(courseOrder(2, [[0, 1], [1, 0]]), null);
  assert.equal(courseOrder(3, [[1, 1]]), null);
  // The cycle 2 -> 3 -> 2 lies behind course 0 and does not touch it.
  assert.equal(courseOrder(5, [[1, 0], [2, 1], [3, 2], [2, 3], [4, 0]]), null);
  assert.equal(courseOrder(4, [[1, 0], [2, 1], [3, 2], [1, 3]]), null);
});

test("repeated pairs", () => {
  assert.deepEqual(courseOrder(3, [[1, 0], [1, 0], [2, 1], [2, 0], [2, 1]]), [0, 1, 2]);
  assert.equal(courseOrder(2, [[1, 0], [0, 1], [1, 0]]), null);
});

test("the order is forced by a chain", () => {
  assert.deepEqual(courseOrder(4, [[3, 2], [1, 0], [2, 1]]), [0, 1, 2, 3]);
  assert.deepEqual(courseOrder(4, [[0, 1], [1, 2], [2, 3]]), [3, 2, 1, 0]);
});

test("prerequisites are not modified", () => {
  const pairs: Array<[number, number]> = [[1, 0], [2, 1], [2, 0]];
  courseOrder(3, pairs);
  assert.deepEqual(pairs, [[1, 0], [2, 1], [2, 0]]);
});

test("invalid input throws RangeError", () => {
  const cases: Array<[number, Array<[number, number]>]> = [[2, [[2, 0]]], [2, [[0, 2]]], [2, [[0, -1]]], [2, [[-1, 0]]], [0, [[0, 0]]], [2, [[0.5, 1]]]];
  for (const [n, pairs] of cases) assert.throws(() => courseOrder(n, pairs), RangeError, JSON.stringify(pairs));
  assert.throws(() => courseOrder(-1, []), RangeError);
});

test("long chains, a long cycle and a wide graph", () => {
  // Runs in a child process with a time limit: a slow or deeply recursive solution fails instead of hanging.
  const out = runWithCpuLimit(
    `const n = 100000;
     const forward = [], backward = [], wide = [];
     for (let i = 0; i < n - 1; i++) { forward.push([i + 1, i]); backward.push([i, i + 1]); }
     for (let i = 1; i < n; i++) wide.push([i, 0]);
     for (let i = 1; i < n - 1; i++) wide.push([n - 1, i]);
     const isRange = (order, step) => order !== null && order.length === n && order.every((c, at) => c === (step > 0 ? at : n - 1 - at));
     const w = m.courseOrder(n, wide);
     return [
       isRange(m.courseOrder(n, forward), 1),
       isRange(m.courseOrder(n, backward), -1),
       m.courseOrder(n, [...forward, [0, n - 1]]),
       w === null ? null : [w.length, w[0], w[n - 1], new Set(w).size],
     ];`,
    3000,
  );
  assert.deepEqual(out, [true, true, null, [100_000, 0, 99_999, 100_000]]);
});
