import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { uniquePermutations } from "./solution.ts";
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

/** a < b in lexicographic order, comparing items with < (numbers by value). */
function lexLess(a: Array<number | string>, b: Array<number | string>): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i];
  return a.length < b.length;
}

/** `got` lists `count` distinct permutations of `items`, in strictly increasing (lexicographic) order. */
function assertAllDistinctPermutations(items: number[], got: number[][], count: number): void {
  assert.equal(got.length, count, "number of permutations");
  const want = JSON.stringify([...items].sort((a, b) => a - b));
  for (const p of got) assert.equal(JSON.stringify([...p].sort((a, b) => a - b)), want, `[${p}] is not a permutation of [${items}]`);
  for (let i = 1; i < got.length; i++) assert.ok(lexLess(got[i - 1], got[i]), `not in lexicographic order, or repeated: [${got[i - 1]}] then [${got[i]}]`);
}

test("example from the prompt", () => {
  assert.deepEqual(uniquePermutations([1, 2, 1]), [[1, 1, 2], [1, 2, 1], [2, 1, 1]]);
  assert.deepEqual(uniquePermutations([1, 1, 2, 2]), [[1, 1, 2, 2], [1, 2, 1, 2], [1, 2, 2, 1], [2, 1, 1, 2], [2, 1, 2, 1], [2, 2, 1, 1]]);
});

test("distinct items", () => {
  assert.deepEqual(uniquePermutations([3, 1, 2]), [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]);
  assert.deepEqual(uniquePermutations([2, 1]), [[1, 2], [2, 1]]);
});

test("empty, single and all equal", () => {
  assert.deepEqual(uniquePermutations([]), [[]]);
  assert.deepEqual(uniquePermutations([7]), [[7]]);
  assert.deepEqual(uniquePermutations([2, 2, 2]), [[2, 2, 2]]);
});

test("strings", () => {
  assert.deepEqual(uniquePermutations(["b", "a", "b"]), [["a", "b", "b"], ["b", "a", "b"], ["b", "b", "a"]]);
});

test("numbers compare by value", () => {
  assert.deepEqual(uniquePermutations([10, 9]), [[9, 10], [10, 9]]);
});

test("the multinomial count", () => {
  const items = [1, 0, 2, 1, 0, 1]; // two 0s, three 1s, one 2: 6! / (2! 3! 1!) = 60
  assertAllDistinctPermutations(items, uniquePermutations(items), 60);
});

test("each result is its own array", () => {
  const result = uniquePermutations<number>([1, 2, 3]);
  assert.equal(new Set(result).size, 6);
  result[0].push(99);
  assert.deepEqual(result[1], [1, 3, 2]);
});

test("the input is not modified", () => {
  const items = [3, 1, 2, 1];
  uniquePermutations(items);
  assert.deepEqual(items, [3, 1, 2, 1]);
});

test("eight 1s and eight 2s", () => {
  // Runs in a child process with a time limit: generating all 16! orderings fails instead of hanging the run.
  const got = runWithCpuLimit(`return m.uniquePermutations([2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);`, 4000) as number[][];
  // C(16, 8) = 16! / (8! 8!) = 12,870 distinct orderings.
  assertAllDistinctPermutations([2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], got, 12_870);
  assert.deepEqual([got[0], got[got.length - 1]], [[1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]]);
});
