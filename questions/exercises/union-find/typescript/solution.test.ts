import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { UnionFind, redundantEdge } from "./solution.ts";
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

test("a fresh structure", () => {
  const uf = new UnionFind(5);
  assert.equal(uf.components(), 5);
  for (let x = 0; x < 5; x++) {
    assert.equal(uf.find(x), x);
    assert.equal(uf.size(x), 1);
    assert.equal(uf.connected(x, x), true);
  }
  assert.equal(uf.connected(0, 1), false);
});

test("example from the prompt", () => {
  const uf = new UnionFind(5);
  assert.equal(uf.union(0, 1), true);
  assert.equal(uf.union(2, 3), true);
  assert.equal(uf.union(1, 3), true);
  assert.equal(uf.union(0, 2), false);
  assert.equal(uf.size(3), 4);
  assert.equal(uf.components(), 2);
  assert.equal(uf.connected(0, 3), true);
  assert.equal(uf.connected(0, 4), false);
  assert.equal(uf.size(4), 1);
});

test("a repeated union changes nothing", () => {
  const uf = new UnionFind(4);
  assert.equal(uf.union(1, 2), true);
  for (const [a, b] of [[1, 2], [2, 1], [2, 2], [0, 0]]) assert.equal(uf.union(a, b), false, `union(${a}, ${b})`);
  assert.equal(uf.components(), 3);
  assert.deepEqual([uf.size(1), uf.size(2), uf.size(0)], [2, 2, 1]);
});

test("the representative is shared and a member", () => {
  const uf = new UnionFind(8);
  for (const [a, b] of [[0, 1], [2, 3], [4, 5], [6, 7], [1, 3], [5, 7], [3, 7]]) assert.equal(uf.union(a, b), true);
  const root = uf.find(0);
  assert.ok(Number.isInteger(root) && root >= 0 && root < 8, `representative ${root}`);
  assert.deepEqual(Array.from({ length: 8 }, (_, x) => uf.find(x)), new Array(8).fill(root));
  assert.equal(uf.size(6), 8);
  assert.equal(uf.components(), 1);
});

test("find walks all the way to the root", () => {
  // Merging equal sets only at their roots builds a tree three levels deep, whatever the tie rule.
  for (let x = 0; x < 8; x++) {
    const uf = new UnionFind(8);
    for (const [a, b] of [[0, 1], [2, 3], [0, 2], [4, 5], [6, 7], [4, 6], [0, 4]]) uf.union(a, b);
    const first = uf.find(x); // the first query, before any other find has shortened the paths
    assert.deepEqual(Array.from({ length: 8 }, (_, y) => uf.find(y)), new Array(8).fill(first), `find(${x}) on a fresh tree`);
    assert.equal(uf.size(x), 8);
  }
});

test("sizes follow merges of unequal sets", () => {
  const uf = new UnionFind(7);
  uf.union(0, 1);
  uf.union(0, 2); // {0, 1, 2}
  uf.union(3, 4); // {3, 4}
  assert.equal(uf.size(4), 2);
  uf.union(4, 1); // {0, 1, 2, 3, 4}
  assert.deepEqual(Array.from({ length: 7 }, (_, x) => uf.size(x)), [5, 5, 5, 5, 5, 1, 1]);
  uf.union(6, 5);
  uf.union(5, 2);
  assert.deepEqual(Array.from({ length: 7 }, (_, x) => uf.size(x)), [7, 7, 7, 7, 7, 7, 7]);
});

test("an empty structure", () => {
  const uf = new UnionFind(0);
  assert.equal(uf.components(), 0);
  assert.throws(() => uf.find(0), RangeError);
});

test("invalid elements throw RangeError", () => {
  const uf = new UnionFind(3);
  const calls = [() => uf.find(3), () => uf.find(-1), () => uf.find(1.5), () => uf.union(0, 3), () => uf.union(-1, 0), () => uf.connected(0, -3), () => uf.size(-1), () => uf.size(7)];
  for (const call of calls) assert.throws(call, RangeError, call.toString());
  assert.equal(uf.components(), 3);
  assert.throws(() => new UnionFind(-1), RangeError);
});

test("redundant edge: example from the prompt", () => {
  assert.deepEqual(redundantEdge(4, [[0, 1], [1, 2], [2, 0], [2, 3]]), [2, 0]);
});

test("redundant edge: a forest has none", () => {
  assert.equal(redundantEdge(5, [[0, 1], [3, 4], [1, 2]]), null);
  assert.equal(redundantEdge(3, []), null);
});

test("redundant edge: the first of several", () => {
  assert.deepEqual(redundantEdge(4, [[0, 1], [2, 3], [1, 2], [3, 0], [1, 3]]), [3, 0]);
});

test("redundant edge: a self-loop and a repeated edge", () => {
  assert.deepEqual(redundantEdge(3, [[0, 1], [2, 2], [1, 0]]), [2, 2]);
  assert.deepEqual(redundantEdge(3, [[0, 1], [1, 2], [1, 0]]), [1, 0]);
});

test("redundant edge: an edge outside the graph", () => {
  assert.throws(() => redundantEdge(3, [[0, 1], [1, 3]]), RangeError);
  assert.throws(() => redundantEdge(3, [[0, -1]]), RangeError);
});

test("a long chain of unions", () => {
  // Runs in a child process with a time limit: deep trees make a slow or recursive find fail instead of hanging,
  // and so does relabelling a whole set on every union (quick-find, 1.6e11 steps here).
  const out = runWithCpuLimit(
    `const n = 400000;
     const uf = new m.UnionFind(n);
     for (let i = 0; i < n - 1; i++) uf.union(i, i + 1);
     const root = uf.find(n - 1);
     let same = true;
     for (let x = 0; x < n; x++) if (uf.find(x) !== root) same = false;
     return [same, uf.components(), uf.size(0), uf.connected(0, n - 1)];`,
    3000,
  );
  assert.deepEqual(out, [true, 1, 400_000, true]);
});
