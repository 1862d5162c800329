import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { longestIncreasingSubsequence as lis } from "./solution.ts";
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

/** `got` is a strictly increasing subsequence of `nums` with the given length. */
function assertLongestIncreasing(nums: number[], got: number[], length: number): void {
  assert.ok(Array.isArray(got), "returns an array");
  assert.equal(got.length, length, `expected a subsequence of length ${length}, got ${got.length}`);
  for (let i = 1; i < got.length; i++) assert.ok(got[i - 1] < got[i], `not strictly increasing: ${got[i - 1]} then ${got[i]}`);
  let at = 0; // greedy matching: got is a subsequence of nums if every value is found in order
  for (const value of got) {
    while (at < nums.length && nums[at] !== value) at++;
    assert.ok(at < nums.length, `not a subsequence of the input: ${value} is missing or out of order`);
    at++;
  }
}

test("example from the prompt", () => {
  const nums = [10, 9, 2, 5, 3, 7, 101, 18];
  assertLongestIncreasing(nums, lis(nums), 4);
});

test("small cases", () => {
  const cases: Array<[number[], number]> = [
    [[0, 1, 0, 3, 2, 3], 4],
    [[3, 1, 2], 2],
    [[1, 2, 3, 4, 5], 5],
    [[5, 4, 3, 2, 1], 1],
    [[2, 2, 3, 1, 4], 3],
    [[-1.5, -2, 0.25, -1, 3], 3],
    [[4, 10, 4, 3, 8, 9], 3],
  ];
  for (const [nums, length] of cases) assertLongestIncreasing(nums, lis(nums), length);
});

test("equal values do not increase", () => {
  assert.deepEqual(lis([7, 7, 7, 7]), [7]);
  assertLongestIncreasing([1, 3, 3, 3, 2, 4], lis([1, 3, 3, 3, 2, 4]), 3);
});

test("the tails are not the answer", () => {
  // Patience sorting ends with tails [1, 4, 5], which is not a subsequence; [3, 4, 5] is.
  assert.deepEqual(lis([3, 4, 5, 1]), [3, 4, 5]);
  assert.deepEqual(lis([2, 6, 8, 3, 4, 5, 1]), [2, 3, 4, 5]);
});

test("values of different magnitudes", () => {
  assert.deepEqual(lis([9, 10, 100, 2]), [9, 10, 100]);
});

test("empty and single", () => {
  assert.deepEqual(lis([]), []);
  assert.deepEqual(lis([42]), [42]);
});

test("the input is not modified", () => {
  const nums = [5, 1, 4, 2, 3];
  assert.deepEqual(lis(nums), [1, 2, 3]);
  assert.deepEqual(nums, [5, 1, 4, 2, 3]);
});

/** Blocks rising from block to block and falling inside, and the mirror image. */
function blockSequences(blocks: number, size: number): { rising: number[]; falling: number[] } {
  const rising: number[] = [];
  const falling: number[] = [];
  for (let b = 0; b < blocks; b++) {
    for (let j = 0; j < size; j++) {
      rising.push(b * size + (size - 1 - j));
      falling.push((blocks - 1 - b) * size + j);
    }
  }
  return { rising, falling };
}

test("300,000 numbers", () => {
  // Runs in a child process with a time limit: the O(n^2) programme fails instead of hanging the run.
  const [up, down] = runWithCpuLimit(
    `${blockSequences.toString()}
     const { rising, falling } = blockSequences(600, 500);
     return [m.longestIncreasingSubsequence(rising), m.longestIncreasingSubsequence(falling)];`,
    4000,
  ) as number[][];
  const { rising, falling } = blockSequences(600, 500);
  // Rising blocks that fall inside: one value per block, 600.
  assertLongestIncreasing(rising, up, 600);
  // Falling blocks that rise inside: one whole block, 500.
  assertLongestIncreasing(falling, down, 500);
});

/** 0, 2, 4, ... (half numbers, the answer), then half copies of one value that lands halfway along the tails. */
function risingThenRepeated(half: number): number[] {
  const nums: number[] = [];
  for (let i = 0; i < half; i++) nums.push(2 * i);
  for (let i = 0; i < half; i++) nums.push(half + 1);
  return nums;
}

test("one value repeated in the middle of the tails", () => {
  // Scanning the tails from either end instead of a binary search walks 200,000 of them for each
  // of the 400,000 copies: 8e10 steps.
  const got = runWithCpuLimit(
    `${risingThenRepeated.toString()}
     return m.longestIncreasingSubsequence(risingThenRepeated(400000));`,
    4000,
  ) as number[];
  assertLongestIncreasing(risingThenRepeated(400_000), got, 400_000);
});
