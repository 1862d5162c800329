import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { rocAuc } from "./solution.ts";
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

function assertClose(actual: number, expected: number, eps = 1e-12): void {
  assert.ok(Math.abs(actual - expected) <= eps, `${actual} != ${expected}`);
}

test("example from the prompt", () => {
  assertClose(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 0.75);
});

test("perfect and inverted", () => {
  assert.equal(rocAuc([0, 1], [0.2, 0.9]), 1);
  assert.equal(rocAuc([1, 0], [0.2, 0.9]), 0);
  assert.equal(rocAuc([1, 1, 0, 0, 0], [5, 4, 3, 2, 1]), 1);
});

test("all scores tied", () => {
  assert.equal(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]), 0.5);
  assert.equal(rocAuc([1, 1, 1, 0], [3, 3, 3, 3]), 0.5);
});

test("a tie is half whatever the input order", () => {
  assert.equal(rocAuc([1, 0], [0.5, 0.5]), 0.5);
  assert.equal(rocAuc([0, 1], [0.5, 0.5]), 0.5);
});

test("partial ties", () => {
  // 0.9 positive: tie + win = 1.5; 0.5 positive: loss + tie = 0.5; 0.1 positive: 0. Total 2 of 6 pairs.
  const labels = [1, 0, 1, 0, 1];
  const scores = [0.9, 0.9, 0.5, 0.5, 0.1];
  assertClose(rocAuc(labels, scores), 1 / 3);
  assertClose(rocAuc([...labels].reverse(), [...scores].reverse()), 1 / 3);
});

test("scores are compared as numbers", () => {
  assert.equal(rocAuc([0, 1, 0, 1], [9, 10, 1, 100]), 1);
  assertClose(rocAuc([1, 0, 0, 1], [-2.5, -10, 3, 0]), 0.5);
});

test("only the order of the scores matters", () => {
  const labels = [1, 0, 1, 1, 0, 0, 1, 0];
  const scores = [0.8, 0.3, 0.3, 0.95, 0.6, 0.1, 0.6, 0.05];
  // Positives 0.8, 0.3, 0.95, 0.6 against negatives 0.3, 0.6, 0.1, 0.05: 4 + 2.5 + 4 + 3.5 = 14 of 16.
  assertClose(rocAuc(labels, scores), 14 / 16);
  assertClose(rocAuc(labels, scores.map((s) => 10 * s - 3)), 14 / 16);
  const order = [3, 7, 0, 5, 2, 4, 6, 1];
  assertClose(rocAuc(order.map((i) => labels[i]), order.map((i) => scores[i])), 14 / 16);
});

test("the inputs are not modified", () => {
  const labels = [1, 0, 1, 0];
  const scores = [0.2, 0.9, 0.4, 0.1];
  rocAuc(labels, scores);
  assert.deepEqual([labels, scores], [[1, 0, 1, 0], [0.2, 0.9, 0.4, 0.1]]);
});

test("invalid input throws RangeError", () => {
  const cases: Array<[number[], number[]]> = [
    [[], []],
    [[0, 1], [0.5]],
    [[1, 1, 1], [0.1, 0.2, 0.3]],
    [[0, 0], [0.1, 0.2]],
    [[0, 2, 1], [0.1, 0.2, 0.3]],
    [[0, -1, 1], [0.1, 0.2, 0.3]],
    [[0, 0.5, 1], [0.1, 0.2, 0.3]],
  ];
  for (const [labels, scores] of cases) assert.throws(() => rocAuc(labels, scores), RangeError, JSON.stringify([labels, scores]));
});

test("a NaN score throws RangeError", () => {
  // In a child process with a time limit: NaN never equals itself, so a loop over groups of equal scores can spin forever.
  const out = runWithCpuLimit(
    `try { m.rocAuc([0, 1, 1], [0.1, NaN, 0.3]); return "no error"; } catch (error) { return error instanceof RangeError ? "RangeError" : String(error); }`,
    3000,
  );
  assert.equal(out, "RangeError");
});

test("400,000 examples", () => {
  // Runs in a child process with a time limit: comparing every pair fails instead of hanging the run.
  const out = runWithCpuLimit(
    `const n = 400000;
     const labels = Array.from({ length: n }, (_, i) => i % 2);
     return [
       m.rocAuc(labels, Array.from({ length: n }, (_, i) => i)),
       m.rocAuc(labels, Array.from({ length: n }, (_, i) => Math.floor(i / 2))),
     ];`,
    3000,
  );
  const [distinct, paired] = out as [number, number];
  // Distinct scores: the positive at index 2k + 1 beats the k + 1 negatives at 0, 2, ..., 2k, so
  // the AUC is (P + 1) / (2 P) with P = 200,000.
  assertClose(distinct, 200_001 / 400_000);
  // Scores in tied pairs (2k and 2k + 1 share k): each positive beats k negatives and ties one: exactly 1/2.
  assertClose(paired, 0.5);
});
