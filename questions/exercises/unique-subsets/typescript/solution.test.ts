import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { uniqueSubsets } from "./solution.ts";
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

/** Lexicographic comparison of two arrays of numbers or strings: negative, zero or positive. */
function compare<T extends number | string>(a: T[], b: T[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return a.length - b.length;
}

/** got lists count distinct sub-multisets of items, each ascending, in strictly increasing order. */
function assertDistinctSubsets<T extends number | string>(items: T[], got: T[][], count: number): void {
  assert.equal(got.length, count, "number of subsets");
  const countOf = (list: T[], v: T) => list.filter((x) => x === v).length;
  for (const s of got) {
    for (let i = 1; i < s.length; i++) assert.ok(s[i - 1] <= s[i], `${JSON.stringify(s)} is not ascending`);
    for (const v of s) assert.ok(countOf(s, v) <= countOf(items, v), `${JSON.stringify(s)} is not a subset`);
  }
  for (let i = 1; i < got.length; i++) {
    assert.ok(compare(got[i - 1], got[i]) < 0, `not in order, or repeated: ${JSON.stringify(got[i - 1])} then ${JSON.stringify(got[i])}`);
  }
}

test("example from the prompt", () => {
  assert.deepEqual(uniqueSubsets([2, 1, 2]), [[], [1], [1, 2], [1, 2, 2], [2], [2, 2]]);
});

test("distinct items", () => {
  assert.deepEqual(uniqueSubsets([3, 1, 2]), [[], [1], [1, 2], [1, 2, 3], [1, 3], [2], [2, 3], [3]]);
});

test("empty, single and all equal", () => {
  assert.deepEqual(uniqueSubsets([]), [[]]);
  assert.deepEqual(uniqueSubsets([7]), [[], [7]]);
  assert.deepEqual(uniqueSubsets([2, 2, 2]), [[], [2], [2, 2], [2, 2, 2]]);
});

test("repeats of two values", () => {
  assert.deepEqual(uniqueSubsets([1, 2, 1, 2]), [[], [1], [1, 1], [1, 1, 2], [1, 1, 2, 2], [1, 2], [1, 2, 2], [2], [2, 2]]);
});

test("strings", () => {
  assert.deepEqual(uniqueSubsets(["b", "a", "b"]), [[], ["a"], ["a", "b"], ["a", "b", "b"], ["b"], ["b", "b"]]);
});

test("numbers compare by value", () => {
  assert.deepEqual(uniqueSubsets([10, 9]), [[], [9], [9, 10], [10]]);
  assert.deepEqual(uniqueSubsets([10, 9, 10]), [[], [9], [9, 10], [9, 10, 10], [10], [10, 10]]);
});

test("the count is the product of (count + 1)", () => {
  const items = [3, 1, 2, 1, 2, 2, 0]; // counts 1, 2, 3, 1 of 0, 1, 2, 3: 2 * 3 * 4 * 2 = 48
  assertDistinctSubsets(items, uniqueSubsets(items), 48);
});

test("the input is not modified", () => {
  const items = [2, 1, 2];
  uniqueSubsets(items);
  assert.deepEqual(items, [2, 1, 2]);
});

test("results are independent arrays", () => {
  const got = uniqueSubsets([1, 1]);
  got[1].push(99);
  assert.deepEqual(got[2], [1, 1]);
  assert.deepEqual(uniqueSubsets([1, 1]), [[], [1], [1, 1]]);
});

test("many repeats, without generating duplicates", () => {
  // 21 * 21 = 441 distinct subsets out of 2 ** 40 choices of positions.
  const items: number[] = [];
  for (let i = 0; i < 20; i++) items.push(1, 2);
  const got = runWithCpuLimit(`return m.uniqueSubsets(${JSON.stringify(items)});`, 3000) as number[][];
  assertDistinctSubsets(items, got, 441);
  assert.deepEqual(got.slice(0, 3), [[], [1], [1, 1]]);
  assert.deepEqual(got[got.length - 1], new Array(20).fill(2));
});
