import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { TwoStackQueue } from "./solution.ts";
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

test("FIFO order", () => {
  const q = new TwoStackQueue<number>();
  for (const x of [1, 2, 3]) q.enqueue(x);
  assert.deepEqual([q.dequeue(), q.dequeue(), q.dequeue()], [1, 2, 3]);
});

test("new queue is empty", () => {
  const q = new TwoStackQueue<number>();
  assert.equal(q.isEmpty(), true);
  assert.equal(q.size(), 0);
});

test("dequeue on an empty queue throws", () => {
  const q = new TwoStackQueue<string>();
  assert.throws(() => q.dequeue(), Error);
  q.enqueue("a");
  assert.equal(q.dequeue(), "a");
  assert.throws(() => q.dequeue(), Error);
});

test("peek on an empty queue throws", () => {
  const q = new TwoStackQueue<string>();
  assert.throws(() => q.peek(), Error);
  q.enqueue("a");
  assert.equal(q.dequeue(), "a");
  assert.throws(() => q.peek(), Error);
});

test("peek does not remove", () => {
  const q = new TwoStackQueue<string>();
  q.enqueue("x");
  q.enqueue("y");
  assert.equal(q.peek(), "x");
  assert.equal(q.peek(), "x");
  assert.equal(q.size(), 2);
  assert.equal(q.dequeue(), "x");
});

test("interleaved operations", () => {
  const q = new TwoStackQueue<number>();
  q.enqueue(1);
  q.enqueue(2);
  assert.equal(q.dequeue(), 1);
  q.enqueue(3);
  assert.equal(q.peek(), 2);
  q.enqueue(4);
  assert.equal(q.dequeue(), 2);
  assert.equal(q.dequeue(), 3);
  q.enqueue(5);
  assert.deepEqual([q.dequeue(), q.dequeue()], [4, 5]);
  assert.equal(q.isEmpty(), true);
});

test("size tracks operations", () => {
  const q = new TwoStackQueue<number>();
  for (let i = 0; i < 5; i++) q.enqueue(i);
  q.dequeue();
  q.enqueue(99);
  q.dequeue();
  assert.equal(q.size(), 4);
  assert.equal(q.isEmpty(), false);
});

test("null and duplicates are valid items", () => {
  const q = new TwoStackQueue<number | null>();
  for (const x of [null, 0, null, 0]) q.enqueue(x);
  assert.equal(q.peek(), null);
  assert.deepEqual([q.dequeue(), q.dequeue(), q.dequeue(), q.dequeue()], [null, 0, null, 0]);
  assert.equal(q.isEmpty(), true);
});

test("refill only when the outbox is empty", () => {
  const q = new TwoStackQueue<number>();
  const out: number[] = [];
  for (let i = 0; i < 6; i++) {
    q.enqueue(2 * i);
    q.enqueue(2 * i + 1);
    out.push(q.dequeue());
  }
  while (!q.isEmpty()) out.push(q.dequeue());
  assert.deepEqual(out, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
});

test("only stack operations in the source", () => {
  const source = readFileSync(new URL("./solution.ts", import.meta.url), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "") // block comments
    .replace(/\/\/.*$/gm, ""); // line comments
  for (const method of ["shift", "unshift", "splice"]) {
    assert.ok(!new RegExp(`\\.\\s*${method}\\s*\\(`).test(source), `.${method}() is not a stack operation`);
  }
});

test("many operations, amortised constant time", () => {
  const out = runWithCpuLimit(
    `const q = new m.TwoStackQueue();
     let next = 0, expected = 0, mismatches = 0;
     for (let i = 0; i < 100000; i++) q.enqueue(next++);
     for (let i = 0; i < 200000; i++) {
       q.enqueue(next++);
       if (q.dequeue() !== expected) mismatches++;
       expected++;
     }
     const sizeBeforeDrain = q.size();
     while (!q.isEmpty()) {
       if (q.dequeue() !== expected) mismatches++;
       expected++;
     }
     return [mismatches, expected, sizeBeforeDrain];`,
    3000,
  );
  assert.deepEqual(out, [0, 300_000, 100_000]);
});
