import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { shortestPath } from "./solution.ts";
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

const EXAMPLE = [
  ".....",
  "####.",
  ".....",
  ".####",
  ".....",
];

test("example from the prompt", () => {
  assert.equal(shortestPath(EXAMPLE, [0, 0], [4, 4]), 16);
  assert.equal(shortestPath(EXAMPLE, [4, 4], [0, 0]), 16);
  assert.equal(shortestPath(EXAMPLE, [0, 0], [2, 0]), 10);
});

test("an open grid is the Manhattan distance", () => {
  const grid = ["....", "....", "...."];
  assert.equal(shortestPath(grid, [0, 0], [2, 3]), 5);
  assert.equal(shortestPath(grid, [2, 0], [0, 3]), 5);
});

test("cells near the start in every direction", () => {
  // A depth-first search wanders off in its first direction and reaches most of these by a longer path.
  const grid = Array.from({ length: 5 }, () => ".....");
  for (const goal of [[1, 2], [3, 2], [2, 1], [2, 3]] as Array<[number, number]>) {
    assert.equal(shortestPath(grid, [2, 2], goal), 1, `goal ${goal}`);
  }
  for (const goal of [[0, 2], [4, 2], [2, 0], [2, 4], [1, 1], [1, 3], [3, 1], [3, 3]] as Array<[number, number]>) {
    assert.equal(shortestPath(grid, [2, 2], goal), 2, `goal ${goal}`);
  }
});

test("start equals goal", () => {
  assert.equal(shortestPath(["..", ".."], [1, 0], [1, 0]), 0);
  assert.equal(shortestPath([".#", ".."], [0, 1], [0, 1]), -1);
});

test("a wall at either end", () => {
  assert.equal(shortestPath(["#.", ".."], [0, 0], [1, 1]), -1);
  assert.equal(shortestPath(["..", ".#"], [0, 0], [1, 1]), -1);
});

test("unreachable goal", () => {
  assert.equal(shortestPath([".#.", ".#.", ".#."], [0, 0], [2, 2]), -1);
  assert.equal(shortestPath(["...", ".#.", "#.#"], [0, 0], [2, 1]), -1);
});

test("no diagonal steps", () => {
  assert.equal(shortestPath([".#", ".."], [0, 0], [1, 1]), 2);
  assert.equal(shortestPath([".#.", "#..", "..."], [0, 0], [2, 2]), -1);
});

test("a wide grid: rows and columns not swapped", () => {
  const grid = [".....", "...#."];
  assert.equal(shortestPath(grid, [0, 0], [1, 4]), 5);
  assert.equal(shortestPath(grid, [1, 0], [1, 2]), 2);
});

test("the grid is not modified", () => {
  const grid = [".....", "####.", ".....", ".####", "....."];
  shortestPath(grid, [0, 0], [4, 4]);
  assert.deepEqual(grid, [".....", "####.", ".....", ".####", "....."]);
});

test("malformed grid", () => {
  assert.throws(() => shortestPath(["...", ".."], [0, 0], [0, 1]), RangeError);
  assert.throws(() => shortestPath([".S.", "..."], [0, 0], [1, 1]), RangeError);
});

test("positions outside the grid", () => {
  const grid = ["...", "..."];
  const cases: Array<[[number, number], [number, number]]> = [
    [[2, 0], [0, 0]],
    [[0, 3], [0, 0]],
    [[0, 0], [-1, 0]],
    [[0, 0], [0, -1]],
    [[-1, -1], [1, 2]],
  ];
  for (const [start, goal] of cases) {
    assert.throws(() => shortestPath(grid, start, goal), RangeError, `start ${start}, goal ${goal}`);
  }
  assert.throws(() => shortestPath([], [0, 0], [0, 0]), RangeError);
  assert.throws(() => shortestPath([""], [0, 0], [0, 0]), RangeError);
});

test("a long serpentine maze and a large open grid", () => {
  // Runs in a child process with a time limit: a slow search fails instead of hanging the run.
  const out = runWithCpuLimit(
    `const maze = [];
     for (let r = 0; r < 201; r++) {
       if (r % 2 === 0) maze.push(".".repeat(201));
       else if (Math.floor(r / 2) % 2 === 0) maze.push("#".repeat(200) + ".");
       else maze.push("." + "#".repeat(200));
     }
     const open = Array.from({ length: 300 }, () => ".".repeat(300));
     return [
       m.shortestPath(maze, [0, 0], [200, 200]),
       m.shortestPath(maze, [200, 200], [0, 0]),
       m.shortestPath(open, [0, 0], [299, 299]),
       m.shortestPath(open, [150, 0], [150, 299]),
     ];`,
    3000,
  );
  // Maze: 101 open rows crossed end to end (200 steps each) and 100 gaps (2 steps each).
  assert.deepEqual(out, [101 * 200 + 100 * 2, 20_400, 598, 299]);
});
