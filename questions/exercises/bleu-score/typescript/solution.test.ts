import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { bleu, modifiedPrecision } from "./solution.ts";
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

const toks = (text: string): string[] => text.split(" ");

function assertClose(actual: number, expected: number, eps = 1e-9): void {
  assert.ok(Math.abs(actual - expected) < eps, `${actual} != ${expected}`);
}

test("an identical sentence scores 1", () => {
  const sentence = toks("the cat sat on the mat today");
  assertClose(bleu(sentence, [sentence]), 1);
});

test("clipping", () => {
  const cand = toks("the the the the the the the");
  const refs = [toks("the cat is on the mat")];
  assert.deepEqual(modifiedPrecision(cand, refs, 1), [2, 7]);
  assertClose(bleu(cand, refs, 1), 2 / 7);
});

test("clipping uses the max over single references", () => {
  const cand = toks("a a a");
  const refs = [toks("a b"), toks("a a c")];
  assert.deepEqual(modifiedPrecision(cand, refs, 1), [2, 3]);
  assertClose(bleu(cand, refs, 1), 2 / 3);
});

test("precisions by order", () => {
  const cand = toks("the cat sat on the mat");
  const refs = [toks("the cat is on the mat")];
  assert.deepEqual([1, 2, 3, 4].map((n) => modifiedPrecision(cand, refs, n)), [[5, 6], [3, 5], [1, 4], [0, 3]]);
  assertClose(bleu(cand, refs, 3), 0.5);
  assert.equal(bleu(cand, refs), 0);
});

test("worked example with a brevity penalty", () => {
  const cand = toks("the quick brown fox jumps over the dog");
  const refs = [toks("the quick brown fox jumps over the lazy dog")];
  assert.deepEqual([1, 2, 3, 4].map((n) => modifiedPrecision(cand, refs, n)), [[8, 8], [6, 7], [5, 6], [4, 5]]);
  assertClose(bleu(cand, refs), Math.exp(-1 / 8) * (4 / 7) ** 0.25);
});

test("a short candidate is penalised", () => {
  assertClose(bleu(toks("the cat"), [toks("the cat sat on the mat")], 2), Math.exp(1 - 6 / 2));
});

test("closest reference length", () => {
  const cand = toks("a b c d e");
  assertClose(bleu(cand, [toks("a b c d"), toks("a b c d e f")], 1), 1);
  assertClose(bleu(cand, [toks("a b c d e f"), toks("a b c d")], 1), 1);
  assertClose(bleu(cand, [toks("a b"), toks("a b c d e f")], 1), Math.exp(1 - 6 / 5));
});

test("tokens compare exactly", () => {
  const cand = toks("The Cat sat");
  const refs = [toks("the cat sat")];
  assert.deepEqual(modifiedPrecision(cand, refs, 1), [1, 3]);
  assert.deepEqual(modifiedPrecision(cand, refs, 2), [0, 2]);
  assert.equal(bleu(cand, refs, 2), 0);
});

test("empty and too-short candidates", () => {
  assert.equal(bleu([], [toks("a b c")]), 0);
  assert.equal(bleu(toks("a b"), [toks("a b")]), 0);
  assertClose(bleu(toks("a b"), [toks("a b")], 2), 1);
});

test("invalid arguments", () => {
  assert.throws(() => bleu(toks("a b"), []), Error);
  assert.throws(() => bleu(toks("a b"), [toks("a b")], 0), Error);
  assert.throws(() => bleu(toks("a b"), [toks("a b")], -1), Error);
});
