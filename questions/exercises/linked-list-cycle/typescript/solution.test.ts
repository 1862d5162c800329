import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { ListNode, findCycleStart, hasCycle } from "./solution.ts";
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

/** Reads of `next` allowed per node of a test list; Floyd's two calls need fewer than 10. */
const STEPS_PER_NODE = 50;
let steps = 0;
let stepLimit = 0;

/**
 * Build a list; if cycleTo is an index, the tail points back to that node. Every node's `next`
 * counts its reads, so a walk that never ends (or re-walks the list for every node) fails after
 * STEPS_PER_NODE reads per node instead of hanging the run.
 */
function build(values: number[], cycleTo: number | null = null): { head: ListNode | null; nodes: ListNode[] } {
  const nodes = values.map((v) => new ListNode(v));
  for (let i = 0; i + 1 < nodes.length; i++) nodes[i].next = nodes[i + 1];
  if (cycleTo !== null) nodes[nodes.length - 1].next = nodes[cycleTo];
  steps = 0;
  stepLimit = STEPS_PER_NODE * (nodes.length + 1);
  for (const node of nodes) {
    let next = node.next;
    Object.defineProperty(node, "next", {
      enumerable: true,
      get() {
        if (++steps > stepLimit) {
          throw new Error(`more than ${stepLimit} steps on a list of ${nodes.length} nodes: an endless loop, or not O(n)`);
        }
        return next;
      },
      set(value: ListNode | null) {
        next = value;
      },
    });
  }
  return { head: nodes.length > 0 ? nodes[0] : null, nodes };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

test("empty list", () => {
  assert.equal(hasCycle(null), false);
  assert.equal(findCycleStart(null), null);
});

test("single node without a cycle", () => {
  const { head } = build([1]);
  assert.equal(hasCycle(head), false);
  assert.equal(findCycleStart(head), null);
});

test("single node pointing to itself", () => {
  const { head, nodes } = build([1], 0);
  assert.equal(hasCycle(head), true);
  assert.equal(findCycleStart(head), nodes[0]);
});

test("straight lists, odd and even lengths", () => {
  // The fast pointer stops on the last node or just past it.
  for (let n = 2; n < 8; n++) {
    const { head } = build(range(n));
    assert.equal(hasCycle(head), false, `${n} nodes`);
    assert.equal(findCycleStart(head), null, `${n} nodes`);
  }
});

test("two-node cycle", () => {
  const { head, nodes } = build([1, 2], 0);
  assert.equal(hasCycle(head), true);
  assert.equal(findCycleStart(head), nodes[0]);
});

test("cycle back to the head", () => {
  const { head, nodes } = build([1, 2, 3, 4, 5], 0);
  assert.equal(hasCycle(head), true);
  assert.equal(findCycleStart(head), nodes[0]);
});

test("cycle starting in the middle, every position", () => {
  for (let n = 2; n < 12; n++) {
    for (let start = 0; start < n; start++) {
      const { head, nodes } = build(range(n), start);
      assert.equal(hasCycle(head), true, `n=${n} start=${start}`);
      assert.ok(findCycleStart(head) === nodes[start], `n=${n} start=${start}`);
    }
  }
});

test("repeated values are compared by identity", () => {
  const { head, nodes } = build([7, 7, 7, 7], 2);
  assert.ok(findCycleStart(head) === nodes[2]);
});

test("list is not modified", () => {
  for (const cycleTo of [3, null]) {
    const { head, nodes } = build([1, 2, 3, 4, 5, 6], cycleTo);
    const before = nodes.map((n) => ({ keys: Object.keys(n).join(), val: n.val, next: n.next }));
    hasCycle(head);
    findCycleStart(head);
    nodes.forEach((n, i) => {
      assert.equal(Object.keys(n).join(), before[i].keys, `node ${i} gained or lost properties`);
      assert.equal(n.val, before[i].val, `node ${i}: val changed`);
      assert.ok(n.next === before[i].next, `node ${i}: next changed`);
    });
  }
});

test("no Set or Map of visited nodes (O(1) extra space)", () => {
  const source = readFileSync(new URL("./solution.ts", import.meta.url), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "") // block comments
    .replace(/\/\/.*$/gm, ""); // line comments
  for (const name of ["Set", "Map", "WeakSet", "WeakMap"]) {
    assert.ok(!new RegExp(`\\b${name}\\b`).test(source), `uses a ${name}: that is O(n) extra space`);
  }
});

test("large list, linear time", () => {
  // Linear takes milliseconds; comparing each node with a growing array of visited nodes takes minutes.
  const out = runWithCpuLimit(
    `const build = (n, cycleTo) => {
       const nodes = Array.from({ length: n }, (_, i) => new m.ListNode(i));
       for (let i = 0; i + 1 < n; i++) nodes[i].next = nodes[i + 1];
       if (cycleTo !== null) nodes[n - 1].next = nodes[cycleTo];
       return nodes;
     };
     const cyclic = build(200000, 123456);
     const straight = build(200000, null);
     return [
       m.hasCycle(cyclic[0]),
       cyclic.indexOf(m.findCycleStart(cyclic[0])),
       m.hasCycle(straight[0]),
       m.findCycleStart(straight[0]),
     ];`,
    2000,
  );
  assert.deepEqual(out, [true, 123_456, false, null]);
});
