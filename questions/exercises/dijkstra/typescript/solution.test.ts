import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { dijkstra, shortestPath } from "./solution.ts";
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

type Edge = [number, number, number];

/** `path` runs from source to target along edges and its cheapest edge choices add up to `length`. */
function assertPath(edges: Edge[], path: number[] | null, source: number, target: number, length: number): void {
  assert.ok(path !== null, "the target is reachable");
  assert.deepEqual([path[0], path[path.length - 1]], [source, target], "the path must start at source and end at target");
  const cheapest = new Map<string, number>();
  for (const [u, v, w] of edges) cheapest.set(`${u},${v}`, Math.min(w, cheapest.get(`${u},${v}`) ?? Infinity));
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const w = cheapest.get(`${path[i - 1]},${path[i]}`);
    assert.ok(w !== undefined, `there is no edge ${path[i - 1]} -> ${path[i]}`);
    total += w;
  }
  assert.ok(Math.abs(total - length) < 1e-9, `path length ${total} != ${length}`);
}

const EXAMPLE: Edge[] = [[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 1], [2, 3, 5], [3, 4, 3]];

test("example from the prompt", () => {
  assert.deepEqual(dijkstra(5, EXAMPLE, 0), [0, 3, 1, 4, 7]);
  assert.deepEqual(shortestPath(5, EXAMPLE, 0, 4), [0, 2, 1, 3, 4]);
  assert.deepEqual(shortestPath(5, EXAMPLE, 0, 1), [0, 2, 1]);
});

test("edges are one-way", () => {
  assert.deepEqual(dijkstra(5, EXAMPLE, 4), [Infinity, Infinity, Infinity, Infinity, 0]);
  assert.deepEqual(dijkstra(5, EXAMPLE, 2), [Infinity, 2, 0, 3, 6]);
  assert.equal(shortestPath(5, EXAMPLE, 4, 0), null);
});

test("a cheap route found late wins", () => {
  // The first edges popped lead to 3 expensively; the cheap route is found after 3 is first reached.
  const edges: Edge[] = [[0, 3, 10], [0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1]];
  assert.deepEqual(dijkstra(5, edges, 0), [0, 1, 2, 3, 4]);
  assert.deepEqual(shortestPath(5, edges, 0, 4), [0, 1, 2, 3, 4]);
});

test("many hops beat few", () => {
  assert.deepEqual(dijkstra(5, [[0, 4, 9], [0, 1, 2], [1, 2, 2], [2, 3, 2], [3, 4, 2]], 0), [0, 2, 4, 6, 8]);
});

test("parallel edges and self-loops", () => {
  assert.deepEqual(dijkstra(2, [[0, 1, 5], [0, 1, 2], [0, 1, 7]], 0), [0, 2]);
  assert.deepEqual(dijkstra(3, [[0, 0, 3], [0, 1, 1], [1, 1, 0], [1, 2, 1]], 0), [0, 1, 2]);
});

test("zero and fractional weights", () => {
  assert.deepEqual(dijkstra(3, [[0, 1, 0], [1, 2, 0]], 0), [0, 0, 0]);
  const distances = dijkstra(3, [[0, 1, 0.5], [1, 2, 0.25], [0, 2, 1]], 0);
  [0, 0.5, 0.75].forEach((want, i) => assert.ok(Math.abs(distances[i] - want) < 1e-12, `vertex ${i}: ${distances[i]}`));
});

test("unreachable vertices and a single vertex", () => {
  assert.deepEqual(dijkstra(4, [[0, 1, 1], [2, 3, 1]], 0), [0, 1, Infinity, Infinity]);
  assert.equal(shortestPath(4, [[0, 1, 1], [2, 3, 1]], 0, 3), null);
  assert.deepEqual(dijkstra(1, [], 0), [0]);
  assert.deepEqual(shortestPath(1, [], 0, 0), [0]);
  assert.deepEqual(shortestPath(5, EXAMPLE, 3, 3), [3]);
});

test("edges are not modified", () => {
  const edges = EXAMPLE.map((edge) => [...edge] as Edge);
  dijkstra(5, edges, 0);
  shortestPath(5, edges, 0, 4);
  assert.deepEqual(edges, [[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 1], [2, 3, 5], [3, 4, 3]]);
});

test("invalid input throws RangeError", () => {
  const cases = [
    () => dijkstra(3, [[0, 1, -1]], 0),
    () => dijkstra(3, [[0, 3, 1]], 0),
    () => dijkstra(3, [[-1, 0, 1]], 0),
    () => dijkstra(3, [], 3),
    () => dijkstra(3, [], -1),
    () => dijkstra(0, [], 0),
    () => shortestPath(3, [[0, 1, 1]], 0, 3),
    () => shortestPath(3, [[0, 1, 1]], 0, -1),
    () => shortestPath(3, [[1, 2, -0.5]], 0, 2),
  ];
  cases.forEach((call, i) => assert.throws(call, RangeError, `case ${i}`));
});

test("100,000 vertices", () => {
  // Steps of +1 cost 1, +2 cost 3 and +3 cost 2: the best route to i takes i // 3 steps of +3
  // and i % 3 steps of +1, so its length is 2 * (i // 3) + i % 3.
  const out = runWithCpuLimit(
    `const n = 100000;
     const edges = [];
     for (let i = n - 1; i >= 0; i--) {
       for (const [step, weight] of [[2, 3], [1, 1], [3, 2]]) if (i + step < n) edges.push([i, i + step, weight]);
     }
     const dist = m.dijkstra(n, edges, 0);
     const wrong = [];
     for (let i = 0; i < n && wrong.length < 5; i++) if (dist[i] !== 2 * Math.floor(i / 3) + (i % 3)) wrong.push(i);
     const path = m.shortestPath(n, edges, 0, 1000);
     return [dist.length, wrong, path];`,
    5000,
  ) as [number, number[], number[] | null];
  assert.equal(out[0], 100_000);
  assert.deepEqual(out[1], [], "vertices with a wrong distance");
  const edges: Edge[] = [];
  for (let i = 0; i <= 1000; i++) for (const [step, weight] of [[2, 3], [1, 1], [3, 2]]) edges.push([i, i + step, weight]);
  assertPath(edges, out[2], 0, 1000, 2 * 333 + 1);
});
