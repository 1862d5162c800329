import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { flatten } from "./solution.ts";
import type { Nested } from "./solution.ts";
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

test("nested example", () => {
  assert.deepEqual(flatten<number>([1, [2, [3, [4]]], 5]), [1, 2, 3, 4, 5]);
});

test("empty", () => {
  assert.deepEqual(flatten<number>([]), []);
});

test("only empty sublists", () => {
  assert.deepEqual(flatten<number>([[], [[]], [[], [[]]]]), []);
});

test("already flat returns a new array", () => {
  const data = [1, 2, 3];
  const result = flatten<number>(data);
  assert.deepEqual(result, [1, 2, 3]);
  assert.notEqual(result, data);
});

test("strings are leaves", () => {
  assert.deepEqual(flatten<string>(["ab", ["cd", ["e"]], ""]), ["ab", "cd", "e", ""]);
});

test("other leaves are kept as is", () => {
  const obj = { a: [1, 2] };
  const result = flatten<unknown>([null, [0, [false]], [obj], undefined]);
  assert.deepEqual(result, [null, 0, false, obj, undefined]);
  assert.equal(result[3], obj);
});

test("order is left to right", () => {
  assert.deepEqual(flatten<number>([[1, [2, 3]], 4, [[5], 6], [[[7]]], 8]), [1, 2, 3, 4, 5, 6, 7, 8]);
});

test("a shared sublist is expanded each time", () => {
  const shared = [1, 2];
  assert.deepEqual(flatten<number>([shared, [shared], 3]), [1, 2, 1, 2, 3]);
});

test("input is not modified", () => {
  const data: Nested<number>[] = [1, [2, [3, []]], [[4]]];
  const before = structuredClone(data);
  flatten(data);
  assert.deepEqual(data, before);
});

test("very deep nesting", () => {
  const out = runWithCpuLimit(
    `const depth = 50000;
     let nested = [0];
     for (let i = 1; i <= depth; i++) nested = [nested, i]; // [[[[0], 1], 2], ...]
     const result = m.flatten(nested);
     return [result.length, result.slice(0, 3), result[result.length - 1]];`,
    2000,
  );
  assert.deepEqual(out, [50_001, [0, 1, 2], 50_000]);
});

test("wide input, linear time", () => {
  // 1,000,000 items side by side: a linear pass takes milliseconds, while copying the pending items
  // or the output at every step (unshift, out = [...out, x]) takes minutes, far beyond the limit.
  const out = runWithCpuLimit(
    `const n = 1000000;
     const data = [];
     for (let i = 0; i < n; i++) data.push(i % 100 === 0 ? [i, [i]] : i);
     const result = m.flatten(data);
     return [result.length, result.slice(0, 4), result[result.length - 1]];`,
    2000,
  );
  assert.deepEqual(out, [1_010_000, [0, 0, 1, 2], 999_999]);
});
