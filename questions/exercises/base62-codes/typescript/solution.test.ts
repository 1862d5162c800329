import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { ALPHABET, decode, encode } from "./solution.ts";
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

/** Small deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("alphabet", () => {
  assert.equal(ALPHABET, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
});

test("known encodings", () => {
  const cases: [number, string][] = [
    [0, "0"], [9, "9"], [10, "a"], [35, "z"], [36, "A"], [61, "Z"], [62, "10"],
    [125, "21"], [3843, "ZZ"], [3844, "100"], [123456789, "8m0Kx"],
  ];
  for (const [n, code] of cases) {
    assert.equal(encode(n), code, `encode(${n})`);
    assert.equal(decode(code), n, `decode(${code})`);
  }
});

test("zero", () => {
  assert.equal(encode(0), "0");
  assert.equal(decode("0"), 0);
});

test("length boundaries", () => {
  assert.equal(encode(62 ** 7 - 1), "ZZZZZZZ");
  assert.equal(encode(62 ** 7), "10000000");
});

test("largest safe integer", () => {
  assert.equal(encode(Number.MAX_SAFE_INTEGER), "FfGNdXsE7");
  assert.equal(decode("FfGNdXsE7"), Number.MAX_SAFE_INTEGER);
  assert.throws(() => decode("ZZZZZZZZZZ"), RangeError);
  // Nine characters, one more than the largest safe integer.
  assert.throws(() => decode("FfGNdXsE8"), RangeError);
});

test("case sensitive", () => {
  assert.equal(decode("a"), 10);
  assert.equal(decode("A"), 36);
  assert.notEqual(decode("abc"), decode("ABC"));
});

test("leading zeros accepted", () => {
  assert.equal(decode("007"), 7);
  assert.equal(decode("000"), 0);
});

test("round trip", () => {
  const rand = rng(62);
  const values: number[] = [];
  for (let i = 0; i < 5000; i++) values.push(i);
  for (let i = 0; i < 2000; i++) values.push(Math.floor(rand() * Number.MAX_SAFE_INTEGER));
  for (const n of values) {
    const code = encode(n);
    assert.ok(code === "0" || code[0] !== "0", code);
    assert.equal(decode(code), n);
  }
});

test("codes only use the alphabet", () => {
  for (const n of [1, 61, 999_999, 2 ** 40 + 12345]) {
    for (const ch of encode(n)) assert.ok(ALPHABET.includes(ch), ch);
  }
});

test("invalid numbers rejected with RangeError", () => {
  for (const n of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, Infinity]) {
    assert.throws(() => encode(n), RangeError, String(n));
  }
});

test("invalid codes rejected", () => {
  for (const bad of ["", "ab-c", " 1", "12_", "\u00e9", "1 2", "\uff11", "\u0663", "\u00b2"]) {
    assert.throws(() => decode(bad), Error, JSON.stringify(bad));
  }
});
