import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { topKFrequent } from "./solution.ts";
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

test("examples", () => {
  assert.deepEqual(topKFrequent(["i", "love", "leetcode", "i", "love", "coding"], 2), ["i", "love"]);
  const words = ["the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"];
  assert.deepEqual(topKFrequent(words, 4), ["the", "is", "sunny", "day"]);
});

test("ties are alphabetical", () => {
  assert.deepEqual(topKFrequent(["b", "a", "c", "b", "a", "c"], 2), ["a", "b"]);
  assert.deepEqual(topKFrequent(["i", "love", "leetcode", "i", "love", "coding"], 3), ["i", "love", "coding"]);
});

test("a tie at the cut in both input orders", () => {
  assert.deepEqual(topKFrequent(["c", "b", "a"], 2), ["a", "b"]);
  assert.deepEqual(topKFrequent(["a", "b", "c"], 2), ["a", "b"]);
  assert.deepEqual(topKFrequent(["z", "y", "y", "z", "x"], 1), ["y"]);
  assert.deepEqual(topKFrequent(["y", "z", "z", "y", "x"], 1), ["y"]);
});

test("plain string order", () => {
  assert.deepEqual(topKFrequent(["Apple", "apple", "apple"], 2), ["apple", "Apple"]);
  assert.deepEqual(topKFrequent(["a", "B"], 2), ["B", "a"]);
});

test("k larger than the number of distinct words", () => {
  assert.deepEqual(topKFrequent(["x", "y", "x"], 10), ["x", "y"]);
});

test("empty input and non-positive k", () => {
  assert.deepEqual(topKFrequent([], 3), []);
  assert.deepEqual(topKFrequent(["a", "b"], 0), []);
  assert.deepEqual(topKFrequent(["a", "b"], -1), []);
});

test("a single word", () => {
  assert.deepEqual(topKFrequent(["solo"], 1), ["solo"]);
});

test("large input", () => {
  const counts = new Map<string, number>();
  for (let i = 0; i < 20_000; i++) counts.set(`w${String(i).padStart(5, "0")}`, ((i * 7919) % 20) + 1);
  const words: string[] = [];
  for (let r = 0; r < 20; r++) for (const [w, c] of counts) if (c > r) words.push(w);
  assert.ok(words.length > 200_000);
  const expected = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 10)
    .map(([w]) => w);
  assert.deepEqual(topKFrequent(words, 10), expected);
});
