import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { scaledDotProductAttention } from "./solution.ts";
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

function assertMatrixClose(actual: number[][], expected: number[][], eps = 1e-9): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((row, i) => {
    assert.equal(row.length, expected[i].length);
    row.forEach((x, j) => {
      assert.ok(Math.abs(x - expected[i][j]) < eps, `[${i}][${j}]: ${x} != ${expected[i][j]}`);
    });
  });
}

test("example from the prompt", () => {
  const out = scaledDotProductAttention([[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3, 4]]);
  const w0 = 1 / (1 + Math.exp(-1 / Math.sqrt(2)));
  const w1 = 1 - w0;
  assertMatrixClose(out, [[w0 * 1 + w1 * 3, w0 * 2 + w1 * 4]]);
});

test("a single key returns its value", () => {
  const out = scaledDotProductAttention([[0.3, -2], [5, 1]], [[1, 1]], [[7, -1, 2.5]]);
  assertMatrixClose(out, [[7, -1, 2.5], [7, -1, 2.5]]);
});

test("equal scores average the values", () => {
  const out = scaledDotProductAttention([[0, 0]], [[1, 2], [3, 4], [-5, 6]], [[1], [2], [6]]);
  assertMatrixClose(out, [[3]]);
});

test("scale uses the square root of the width", () => {
  const out = scaledDotProductAttention([[1, 1, 1, 1]], [[1, 1, 1, 1], [0, 0, 0, 0]], [[1, 0], [0, 1]]);
  const w0 = Math.exp(2) / (Math.exp(2) + 1);
  assertMatrixClose(out, [[w0, 1 - w0]]);
});

test("causal mask", () => {
  const q = [[1, 0], [0, 1], [1, 1]];
  const k = [[1, 0], [0, 1], [1, 1]];
  const v = [[10, 0], [0, 10], [5, 5]];
  const out = scaledDotProductAttention(q, k, v, true);
  assertMatrixClose(out.slice(0, 1), [[10, 0]]);
  const w1 = 1 / (1 + Math.exp(-1 / Math.sqrt(2)));
  assertMatrixClose(out.slice(1, 2), [[10 * (1 - w1), 10 * w1]]);
  const full = scaledDotProductAttention(q, k, v);
  assertMatrixClose(out.slice(2), full.slice(2));
});

test("large scores do not overflow", () => {
  assertMatrixClose(scaledDotProductAttention([[1000]], [[1000], [999]], [[1, 2], [3, 4]]), [[1, 2]]);
  assertMatrixClose(scaledDotProductAttention([[-1000]], [[1000], [1000]], [[1], [3]]), [[2]]);
});

test("empty queries", () => {
  assert.deepEqual(scaledDotProductAttention([], [[1]], [[1]]), []);
});

test("shape errors", () => {
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0, 0]], [[1]]), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0], [0, 1]], [[1]]), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0]], [], []), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0], [1]], [[1, 0]], [[1]]), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0], [0, 1]], [[1], [2]], true), Error);
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0]], [[1], [2]]), Error); // more values than keys
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0], [1]], [[1], [2]]), Error); // ragged k
  assert.throws(() => scaledDotProductAttention([[1, 0]], [[1, 0], [0, 1]], [[1, 2], [3]]), Error); // ragged v
  assert.throws(() => scaledDotProductAttention([[]], [[]], [[1]]), Error); // width zero
});

test("weights are computed once per query", () => {
  const out = runWithCpuLimit(
    `const n = 192, d = 512;
     const q = [], k = [], v = [];
     for (let i = 0; i < n; i++) {
       q.push(Array.from({ length: d }, (_, c) => (((i * 7 + c * 3) % 11) - 5) / 5));
       k.push(Array.from({ length: d }, (_, c) => (((i * 5 + c * 2) % 13) - 6) / 6));
       v.push(Array.from({ length: d }, (_, c) => (c === 0 ? 1 : (i + c) % 9)));
     }
     const out = m.scaledDotProductAttention(q, k, v);
     // Column 0 of v is all ones, so it checks that every row's weights sum to 1.
     const sumsToOne = out.every((row) => Math.abs(row[0] - 1) < 1e-9);
     const inRange = out.every((row) => row.slice(1).every((x) => x >= 0 && x <= 8));
     return [out.length, out[0].length, sumsToOne, inRange];`,
    3000,
  );
  assert.deepEqual(out, [192, 512, true, true]);
});
