import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { minMeetingRooms } from "./solution.ts";
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

test("examples from the prompt", () => {
  assert.equal(minMeetingRooms([[0, 30], [5, 10], [15, 20]]), 2);
  assert.equal(minMeetingRooms([[7, 10], [2, 4]]), 1);
  assert.equal(minMeetingRooms([[1, 5], [5, 10], [10, 15]]), 1);
  assert.equal(minMeetingRooms([[1, 10], [2, 3], [4, 5], [6, 7]]), 2);
});

test("no meetings and one meeting", () => {
  assert.equal(minMeetingRooms([]), 0);
  assert.equal(minMeetingRooms([[3, 4]]), 1);
});

test("touching meetings share a room, in any order", () => {
  assert.equal(minMeetingRooms([[10, 15], [5, 10], [1, 5]]), 1);
  assert.equal(minMeetingRooms([[2, 10], [10, 12]]), 1);
});

test("all overlapping", () => {
  // All three are in progress from 3 to 10.
  assert.equal(minMeetingRooms([[1, 10], [2, 11], [3, 12]]), 3);
  assert.equal(minMeetingRooms([[0, 1], [0, 1], [0, 1], [0, 1]]), 4);
});

test("pairwise overlaps are not simultaneous", () => {
  // [2, 5] overlaps both others, but [1, 3] ends before [4, 6] starts: 2 rooms.
  assert.equal(minMeetingRooms([[1, 3], [2, 5], [4, 6]]), 2);
  // A chain: each overlaps the next, never three at once.
  assert.equal(minMeetingRooms([[0, 2], [1, 4], [3, 6], [5, 8], [7, 9]]), 2);
});

test("the peak counts, not the rooms in use at the end", () => {
  assert.equal(minMeetingRooms([[1, 2], [1, 2], [5, 6]]), 2);
  assert.equal(minMeetingRooms([[5, 6], [1, 3], [2, 4], [1, 4], [10, 11]]), 3);
});

test("a long meeting overlaps later ones", () => {
  // [1, 100] overlaps everything; of the others only [20, 40] and [30, 50] overlap.
  assert.equal(minMeetingRooms([[1, 100], [10, 15], [20, 40], [30, 50], [60, 70]]), 3);
});

test("negative times, and times sorted as numbers", () => {
  assert.equal(minMeetingRooms([[-5, -1], [-3, 2]]), 2);
  assert.equal(minMeetingRooms([[9, 10], [10, 11], [100, 101]]), 1);
  assert.equal(minMeetingRooms([[100, 200], [9, 150], [150, 160]]), 2);
});

test("invalid meetings throw RangeError", () => {
  const bad: [number, number][][] = [[[3, 3]], [[5, 2]], [[0, 1], [4, 4]], [[1, 2], [7, -7]]];
  for (const meetings of bad) {
    assert.throws(() => minMeetingRooms(meetings), RangeError, JSON.stringify(meetings));
  }
});

test("the input is not modified", () => {
  const meetings: [number, number][] = [[15, 20], [0, 30], [5, 10]];
  const before = structuredClone(meetings);
  minMeetingRooms(meetings);
  assert.deepEqual(meetings, before);
});

test("large input, O(n log n)", () => {
  // Meeting i is [i, i + 3), in a scrambled order (7919 is prime, so i -> 7919 i mod n is a
  // permutation). At any time from 2 to n - 1 exactly three are in progress, plus one long meeting.
  // Then 400,000 copies of one meeting, each in its own room: scanning the rooms for a free one
  // compares 8e10 pairs.
  const out = runWithCpuLimit(
    `const n = 200000;
     const meetings = [];
     for (let i = 0; i < n; i++) { const s = (7919 * i) % n; meetings.push([s, s + 3]); }
     meetings.push([0, 1000000]);
     const same = [];
     for (let i = 0; i < 400000; i++) same.push([0, 1]);
     return [m.minMeetingRooms(meetings), m.minMeetingRooms(same)];`,
    3000,
  );
  assert.deepEqual(out, [4, 400_000]);
});
