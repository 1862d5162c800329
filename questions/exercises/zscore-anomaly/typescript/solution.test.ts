import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { ZScoreDetector } from "./solution.ts";
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

function assertClose(actual: number, expected: number, eps = 1e-9): void {
  assert.ok(Math.abs(actual - expected) < eps, `${actual} != ${expected}`);
}

const feed = (d: ZScoreDetector, values: number[]): boolean[] => values.map((x) => d.update(x));

test("running statistics", () => {
  let d = new ZScoreDetector();
  assert.deepEqual([d.count, d.mean, d.variance], [0, 0, 0]);
  d.update(3);
  assert.deepEqual([d.count, d.mean, d.variance], [1, 3, 0]);
  d = new ZScoreDetector();
  feed(d, [2, 4, 4, 4, 5, 5, 7, 9]);
  assert.equal(d.count, 8);
  assertClose(d.mean, 5);
  assertClose(d.variance, 32 / 7);
  assertClose(d.std, Math.sqrt(32 / 7));
});

test("numerically stable for large values", () => {
  const d = new ZScoreDetector();
  feed(d, [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
  assertClose(d.mean, 1e9 + 10, 1e-4);
  assertClose(d.variance, 30, 1e-6);
});

test("nothing is flagged during warm-up", () => {
  assert.deepEqual(feed(new ZScoreDetector(3, 5), [1, 1000, -1000, 3, 5]), [false, false, false, false, false]);
  // The fifth value is 6 standard deviations from the first four, but it is still warm-up.
  const d = new ZScoreDetector(3, 5);
  assert.deepEqual(feed(d, [1, 1000, -1000, 3, 5000]), [false, false, false, false, false]);
  assert.equal(d.update(10_000), true);
});

test("flags values beyond the threshold on both sides", () => {
  const cases: Array<[number, boolean]> = [[15, true], [14, false], [5, true], [6, false]];
  for (const [x, expected] of cases) {
    const d = new ZScoreDetector(3, 5);
    feed(d, [10, 12, 11, 9, 8]);
    assert.equal(d.update(x), expected, `x=${x}`);
  }
});

test("exactly at the threshold is not an anomaly", () => {
  // After 1, 3, 5 the mean is 3 and the sample standard deviation exactly 2, so 9 and -3 are
  // exactly 3 standard deviations away: not strictly greater than the threshold.
  const cases: Array<[number, boolean]> = [[9, false], [-3, false], [9.001, true], [-3.001, true]];
  for (const [x, expected] of cases) {
    const d = new ZScoreDetector(3, 3);
    feed(d, [1, 3, 5]);
    assert.equal(d.update(x), expected, `x=${x}`);
  }
});

test("threshold parameter", () => {
  const d = new ZScoreDetector(2, 5);
  feed(d, [10, 12, 11, 9, 8]);
  assert.equal(d.update(14), true);
});

test("judges before updating and keeps anomalies", () => {
  const d = new ZScoreDetector(3, 5);
  feed(d, [10, 12, 11, 9, 8]);
  assert.equal(d.update(15), true);
  assert.equal(d.count, 6);
  assertClose(d.mean, 65 / 6);
});

test("constant stream", () => {
  const d = new ZScoreDetector(3, 3);
  assert.deepEqual(feed(d, [5, 5, 5, 5]), [false, false, false, false]);
  assert.equal(d.update(5.1), true);
});

test("invalid arguments", () => {
  assert.throws(() => new ZScoreDetector(0));
  assert.throws(() => new ZScoreDetector(3, 1));
});

/** A deterministic stream in [0, 100) with a spike of 1000 at every 10,000th value; the child builds the same. */
function streamValues(n: number): number[] {
  let state = 12345;
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    state = (state * 48271) % 2147483647;
    values.push(i % 10_000 === 9_999 ? 1000 : (state / 2147483647) * 100);
  }
  return values;
}

test("long stream in constant time per value", () => {
  // O(1) per value takes milliseconds; recomputing from all earlier values takes minutes.
  const n = 200_000;
  const [flagged, count, mean, variance] = runWithCpuLimit(
    `let state = 12345;
     const d = new m.ZScoreDetector(3, 30);
     const flagged = [];
     for (let i = 0; i < ${n}; i++) {
       state = (state * 48271) % 2147483647;
       if (d.update(i % 10000 === 9999 ? 1000 : (state / 2147483647) * 100)) flagged.push(i);
     }
     return [flagged, d.count, d.mean, d.variance];`,
    2000,
  ) as [number[], number, number, number];
  const values = streamValues(n);
  const spikes: number[] = [];
  for (let i = 0; i < n; i++) if (i % 10_000 === 9_999) spikes.push(i);
  assert.equal(flagged.length, spikes.length, "number of values flagged"); // before deepEqual: no giant diff
  assert.deepEqual(flagged, spikes);
  const expectedMean = values.reduce((s, x) => s + x, 0) / n;
  const expectedVariance = values.reduce((s, x) => s + (x - expectedMean) ** 2, 0) / (n - 1);
  assert.equal(count, n);
  assertClose(mean, expectedMean, 1e-6);
  assertClose(variance, expectedVariance, 1e-4);
});
