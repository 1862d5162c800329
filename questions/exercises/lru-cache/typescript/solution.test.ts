import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { LRUCache } from "./solution.ts";
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

test("example sequence", () => {
  const c = new LRUCache<number, string>(2);
  c.put(1, "a");
  c.put(2, "b");
  assert.equal(c.get(1), "a");
  c.put(3, "c"); // evicts 2
  assert.equal(c.get(2), undefined);
  c.put(4, "d"); // evicts 1
  assert.equal(c.get(1), undefined);
  assert.equal(c.get(3), "c");
  assert.equal(c.get(4), "d");
});

test("missing key returns undefined", () => {
  const c = new LRUCache<string, number>(3);
  assert.equal(c.get("nope"), undefined);
});

test("null value is not missing", () => {
  const c = new LRUCache<string, number | null>(2);
  c.put("a", null);
  assert.equal(c.get("a"), null);
  assert.equal(c.get("b"), undefined);
});

test("updating an existing key refreshes it and does not evict", () => {
  const c = new LRUCache<number, number>(2);
  c.put(1, 1);
  c.put(2, 2);
  c.put(1, 10); // update: 1 becomes most recent, nothing evicted
  assert.equal(c.size(), 2);
  c.put(3, 3); // evicts 2
  assert.equal(c.get(1), 10);
  assert.equal(c.get(2), undefined);
  assert.equal(c.get(3), 3);
});

test("an update in a full cache evicts nothing", () => {
  const c = new LRUCache<number, number>(2);
  c.put(1, 1);
  c.put(2, 2);
  c.put(2, 20); // 2 is already cached: the full cache must not make room
  assert.equal(c.size(), 2);
  assert.equal(c.get(1), 1);
  assert.equal(c.get(2), 20);
});

test("get refreshes recency", () => {
  const c = new LRUCache<string, string>(3);
  for (const k of ["a", "b", "c"]) c.put(k, k.toUpperCase());
  c.get("a"); // order (old -> new): b, c, a
  c.put("d", "D"); // evicts b
  assert.equal(c.get("b"), undefined);
  assert.deepEqual(["a", "c", "d"].map((k) => c.get(k)), ["A", "C", "D"]);
});

test("a missing get does not change the order", () => {
  const c = new LRUCache<number, number>(2);
  c.put(1, 1);
  c.put(2, 2);
  c.get(99);
  c.put(3, 3); // still evicts 1
  assert.equal(c.get(1), undefined);
  assert.equal(c.get(2), 2);
});

test("capacity one", () => {
  const c = new LRUCache<string, number>(1);
  c.put("x", 1);
  c.put("y", 2);
  assert.equal(c.get("x"), undefined);
  assert.equal(c.get("y"), 2);
  assert.equal(c.size(), 1);
});

test("size never exceeds capacity", () => {
  const c = new LRUCache<number, number>(3);
  assert.equal(c.size(), 0);
  for (let i = 0; i < 10; i++) {
    c.put(i, i);
    assert.equal(c.size(), Math.min(i + 1, 3));
  }
});

test("invalid capacity throws RangeError", () => {
  assert.throws(() => new LRUCache<number, number>(0), RangeError);
  assert.throws(() => new LRUCache<number, number>(-5), RangeError);
});

test("keeps its own recency order, not a Map's or Set's insertion order", () => {
  // Taking the oldest key from a Map or Set means iterating it; count every way to start that.
  type Methods = Record<string | symbol, (...args: unknown[]) => unknown>;
  const names: (string | symbol)[] = ["keys", "values", "entries", "forEach", Symbol.iterator];
  const patched: { proto: Methods; name: string | symbol; original: (...args: unknown[]) => unknown }[] = [];
  let iterations = 0;
  for (const proto of [Map.prototype, Set.prototype] as unknown as Methods[]) {
    for (const name of names) {
      const original = proto[name];
      patched.push({ proto, name, original });
      proto[name] = function (this: unknown, ...args: unknown[]) {
        iterations++;
        return original.apply(this, args);
      };
    }
  }
  try {
    const c = new LRUCache<number, number>(3);
    for (let i = 0; i < 10; i++) {
      c.put(i, i);
      c.get(i - 2);
    }
  } finally {
    for (const { proto, name, original } of patched) proto[name] = original;
  }
  assert.equal(iterations, 0, "iterates a Map or Set: keep the recency order in your own linked list");
});

test("large workload, constant time per operation", () => {
  const out = runWithCpuLimit(
    `const c = new m.LRUCache(200000);
     for (let i = 0; i < 200000; i++) c.put(i, i * 2);
     let hits = 0;
     for (let i = 199999; i >= 0; i--) if (c.get(i) !== undefined) hits++; // 0 ends up most recent
     for (let i = 200000; i < 300000; i++) c.put(i, i * 2); // evicts 199,999 down to 100,000
     return [hits, c.size(), c.get(100000) ?? "missing", c.get(99999), c.get(199999) ?? "missing", c.get(299999)];`,
    2000,
  );
  assert.deepEqual(out, [200_000, 200_000, "missing", 199_998, "missing", 599_998]);
});
