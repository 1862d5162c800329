import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { pairSum } from "./solution.ts";
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

/** Compare two lists by length and first difference, without the slow diff of a failed deepEqual. */
function assertSameList(actual: unknown[], expected: unknown[]): void {
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    assert.ok(
      JSON.stringify(actual[i]) === JSON.stringify(expected[i]),
      `first difference at index ${i}: ${JSON.stringify(actual[i])} != ${JSON.stringify(expected[i])}`,
    );
  }
  assert.equal(actual.length, expected.length, "lengths differ");
}

test("basic", () => {
  assert.deepEqual(pairSum([1, 2, 3, 4, 5], 6), [[1, 5], [2, 4]]);
});

test("unsorted input, sorted output", () => {
  assert.deepEqual(pairSum([5, 4, 1, 2, 3], 6), [[1, 5], [2, 4]]);
  assert.deepEqual(pairSum([2, 4, 1, 5], 6), [[1, 5], [2, 4]]);
});

test("empty", () => {
  assert.deepEqual(pairSum([], 0), []);
});

test("single element cannot pair with itself", () => {
  assert.deepEqual(pairSum([3], 6), []);
});

test("equal values need two occurrences", () => {
  assert.deepEqual(pairSum([3, 3, 3], 6), [[3, 3]]);
  assert.deepEqual(pairSum([3, 1, 5], 6), [[1, 5]]);
});

test("duplicates are reported once", () => {
  assert.deepEqual(pairSum([1, 1, 5, 5, 1, 5], 6), [[1, 5]]);
});

test("negatives and zero", () => {
  assert.deepEqual(pairSum([-2, 0, 2, 4, -2], 2), [[-2, 4], [0, 2]]);
  assert.deepEqual(pairSum([-3, 3, 0, 0, -1], 0), [[-3, 3], [0, 0]]);
});

test("no pairs", () => {
  assert.deepEqual(pairSum([1, 2, 4], 100), []);
});

test("input is not modified", () => {
  const nums = [4, 2, 3, 1];
  pairSum(nums, 5);
  assert.deepEqual(nums, [4, 2, 3, 1]);
});

test("each number is read a bounded number of times, not searched for", () => {
  // A hash map reads every number once or twice; searching the array for each partner
  // (includes, indexOf) reads it again on every lookup. Counted reads, not a time limit.
  const n = 20_000;
  const values = Array.from({ length: n }, (_, i) => (i * 7919) % n); // a permutation of 0..n-1
  const limit = 10 * n;
  let reads = 0;
  const nums = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key) && ++reads > limit) {
        throw new Error(`read more than ${limit} elements of a ${n}-element input: is each partner searched for, O(n) per lookup?`);
      }
      return Reflect.get(target, key, receiver);
    },
  });
  const result = pairSum(nums, n - 1);
  assert.equal(result.length, n / 2);
  assert.deepEqual([result[0], result[result.length - 1]], [[0, n - 1], [n / 2 - 1, n / 2]]);
});

test("large input", () => {
  const out = runWithCpuLimit(
    `const n = 200000;
     const nums = [];
     for (let i = 0; i < n; i++) nums.push((i * 7919) % n); // a permutation of 0..n-1
     const result = m.pairSum(nums, n - 1);
     return [result.length, result[0], result[result.length - 1]];`,
    3000,
  );
  assert.deepEqual(out, [100_000, [0, 199_999], [99_999, 100_000]]);
});

test("large input with many duplicates", () => {
  const out = runWithCpuLimit(
    `const nums = [];
     for (let i = 0; i < 200000; i++) nums.push((i % 1000) - 500); // -500..499, 200 times each
     return m.pairSum(nums, 0);`,
    3000,
  );
  const expected: number[][] = [];
  for (let a = 499; a >= 0; a--) expected.push([0 - a, a]);
  assertSameList(out as unknown[], expected);
});
