import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { lowerBound, upperBound } from "./solution.ts";
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

/** A view of `values` that counts how many elements are read through it. */
function counting(values: number[]): { arr: number[]; reads: { n: number } } {
  const reads = { n: 0 };
  const arr = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads.n++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { arr, reads };
}

function check(arr: number[], target: number, lower: number, upper: number): void {
  assert.equal(lowerBound(arr, target), lower, `lowerBound([${arr}], ${target})`);
  assert.equal(upperBound(arr, target), upper, `upperBound([${arr}], ${target})`);
}

test("duplicates", () => {
  check([1, 2, 2, 2, 3], 2, 1, 4);
  check([7, 7, 7], 7, 0, 3);
});

test("absent target", () => {
  check([1, 3, 5], 4, 2, 2);
  check([1, 2, 2, 2, 3], 0, 0, 0);
  check([1, 2, 2, 2, 3], 4, 5, 5);
});

test("empty array", () => {
  check([], 1, 0, 0);
});

test("single element", () => {
  check([5], 5, 0, 1);
  check([5], 4, 0, 0);
  check([5], 6, 1, 1);
});

test("negative and fractional values", () => {
  const arr = [-5.5, -2, 0, 0, 3.25];
  check(arr, 0, 2, 4);
  check(arr, -2, 1, 2);
  check(arr, -3, 1, 1);
  check(arr, 3.25, 4, 5);
  check(arr, -6, 0, 0);
});

test("count occurrences", () => {
  const arr = [1, 1, 2, 4, 4, 4, 4, 9];
  const counts = [0, 1, 2, 3, 4, 9, 10].map((v) => upperBound(arr, v) - lowerBound(arr, v));
  assert.deepEqual(counts, [0, 2, 1, 0, 4, 1, 0]);
});

test("reads logarithmically many elements", () => {
  const arrays = [
    Array.from({ length: 1_000_000 }, (_, i) => 2 * i),
    Array.from({ length: 1_000_000 }, (_, i) => (i < 500_000 ? 0 : 1)), // long runs of equal values
    new Array<number>(1024).fill(7),
  ];
  for (const values of arrays) {
    const { arr, reads } = counting(values);
    const n = values.length;
    const limit = 2 * (Math.floor(Math.log2(n)) + 2);
    for (const target of [-1, 0, 1, 7, 777_777, 2_000_000]) {
      for (const fn of [lowerBound, upperBound]) {
        reads.n = 0;
        fn(arr, target);
        assert.ok(reads.n <= limit, `${fn.name} read ${reads.n} of ${n} elements for target ${target}: not O(log n)`);
      }
    }
  }
});

test("large inputs", () => {
  const evens = Array.from({ length: 1_000_000 }, (_, i) => 2 * i);
  const n = evens.length;
  for (let i = 0; i < 200; i++) {
    const q = ((i * 7919) % 2_000_011) - 5;
    assert.equal(lowerBound(evens, q), Math.min(Math.max(Math.ceil(q / 2), 0), n));
    assert.equal(upperBound(evens, q), Math.min(Math.max(Math.floor(q / 2) + 1, 0), n));
  }
  const quads = Array.from({ length: 1_000_000 }, (_, i) => Math.floor(i / 4));
  for (let i = 0; i < 200; i++) {
    const v = (i * 104729) % 250_000;
    assert.equal(lowerBound(quads, v), 4 * v);
    assert.equal(upperBound(quads, v), 4 * v + 4);
  }
});
