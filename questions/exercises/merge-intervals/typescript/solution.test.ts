import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mergeIntervals } from "./solution.ts";
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

/** Numbers that count how often they are read (`-`, `<`, `<=`, `Math.max` ... call valueOf). */
let valueReads = 0;
let readBudget = Infinity;
function counted(v: number): number {
  return {
    valueOf: () => {
      if (++valueReads > readBudget) throw new Error(`more than ${readBudget} reads of interval ends: not O(n log n)`);
      return v;
    },
  } as unknown as number;
}

test("basic", () => {
  assert.deepEqual(mergeIntervals([[1, 3], [2, 6], [8, 10], [15, 18]]), [[1, 6], [8, 10], [15, 18]]);
});

test("touching intervals merge", () => {
  assert.deepEqual(mergeIntervals([[1, 4], [4, 5]]), [[1, 5]]);
});

test("unsorted input", () => {
  assert.deepEqual(mergeIntervals([[8, 10], [1, 3], [2, 6]]), [[1, 6], [8, 10]]);
});

test("contained intervals", () => {
  assert.deepEqual(mergeIntervals([[1, 10], [2, 3], [4, 5]]), [[1, 10]]);
  assert.deepEqual(mergeIntervals([[2, 3], [1, 10], [9, 12]]), [[1, 12]]);
});

test("empty and single", () => {
  assert.deepEqual(mergeIntervals([]), []);
  assert.deepEqual(mergeIntervals([[5, 7]]), [[5, 7]]);
});

test("points and duplicates", () => {
  assert.deepEqual(mergeIntervals([[2, 2], [2, 2], [3, 3]]), [[2, 2], [3, 3]]);
  assert.deepEqual(mergeIntervals([[1, 2], [1, 2]]), [[1, 2]]);
});

test("negative values", () => {
  assert.deepEqual(mergeIntervals([[-5, -1], [3, 4], [-2, 0]]), [[-5, 0], [3, 4]]);
});

test("sorting is numeric, not lexicographic", () => {
  assert.deepEqual(mergeIntervals([[10, 11], [9, 10], [100, 101], [2, 3]]), [[2, 3], [9, 11], [100, 101]]);
});

test("invalid interval throws RangeError", () => {
  assert.throws(() => mergeIntervals([[1, 2], [5, 3]]), RangeError);
});

test("input is not modified", () => {
  const data: [number, number][] = [[6, 8], [1, 3], [2, 4], [7, 9]];
  const before = structuredClone(data);
  const result = mergeIntervals(data);
  assert.deepEqual(result, [[1, 4], [6, 9]]);
  assert.deepEqual(data, before);
  result[0][1] = 100; // the result must not share arrays with the input
  assert.deepEqual(data, before);
});

test("comparisons grow as n log n", () => {
  // Sorting 16,384 intervals compares about n log2 n = 230,000 pairs of starts (two reads each) and
  // the sweep reads a few ends per interval; comparing every pair of intervals takes up to
  // n^2 / 2 = 134 million comparisons. The count does not depend on the machine's speed or load.
  const n = 1 << 14;
  const logN = 14;
  const order = Array.from({ length: n }, (_, i) => (i * 7919) % n); // a permutation of 0..n-1
  const cases: { intervals: [number, number][]; expected: [number, number][] }[] = [
    { intervals: order.map((k) => [counted(2 * k), counted(2 * k + 1)]), expected: Array.from({ length: n }, (_, k) => [2 * k, 2 * k + 1]) },
    { intervals: order.map((k) => [counted(k), counted(k + 1)]), expected: [[0, n]] },
  ];
  for (const { intervals, expected } of cases) {
    valueReads = 0;
    readBudget = 16 * n * logN;
    let merged: [number, number][];
    try {
      merged = mergeIntervals(intervals);
    } finally {
      readBudget = Infinity;
    }
    const plain = merged.map(([start, end]) => [Number(start), Number(end)]);
    assert.equal(plain.length, expected.length, "wrong number of merged intervals");
    assert.ok(plain.every(([start, end], i) => start === expected[i][0] && end === expected[i][1]), `wrong merge: starts with ${JSON.stringify(plain.slice(0, 3))}`);
  }
});

test("large input", () => {
  const out = runWithCpuLimit(
    `const n = 100000;
     const disjoint = [], chained = [];
     for (let i = 0; i < n; i++) {
       const k = (i * 7919) % n; // a permutation of 0..n-1
       disjoint.push([2 * k, 2 * k + 1]);
       chained.push([k, k + 1]);
     }
     const separate = m.mergeIntervals(disjoint);
     const single = m.mergeIntervals(chained);
     // Only a summary comes back, so a wrong answer cannot produce a giant diff.
     return [separate.length, separate.slice(0, 2), separate[separate.length - 1], single.length, single.slice(0, 2)];`,
    2500,
  );
  assert.deepEqual(out, [100_000, [[0, 1], [2, 3]], [199_998, 199_999], 1, [[0, 100_000]]]);
});
