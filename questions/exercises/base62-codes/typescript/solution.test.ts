import { test } from "node:test";
import assert from "node:assert/strict";
import { ALPHABET, decode, encode } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

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
