import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fibMemo, fibRecursive, fibTabulated } from "./solution.ts";

const FIRST_21 = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765];
const F100 = 354224848179261915075n;
const F150 = 9969216677189303386214405760200n;
const ALL = [fibRecursive, fibMemo, fibTabulated];

/**
 * Run one exported function in a child process with a time limit, so that an
 * exponential implementation makes the test fail instead of hanging forever.
 */
function callWithTimeLimit(name: string, n: number, ms: number): bigint {
  const url = new URL("./solution.ts", import.meta.url).href;
  const code =
    `import * as m from ${JSON.stringify(url)};` +
    `process.stdout.write(String(m[${JSON.stringify(name)}](${n})));`;
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
    { encoding: "utf8", timeout: ms },
  );
  if (result.error || result.signal) {
    assert.fail(`${name}(${n}) took longer than ${ms} ms`);
  }
  assert.equal(result.status, 0, result.stderr);
  return BigInt(result.stdout.trim());
}

test("base cases", () => {
  for (const fn of ALL) {
    assert.equal(fn(0), 0n, fn.name);
    assert.equal(fn(1), 1n, fn.name);
  }
});

test("first values, all three", () => {
  for (const fn of ALL) {
    FIRST_21.forEach((expected, n) => assert.equal(fn(n), BigInt(expected), `${fn.name}(${n})`));
  }
});

test("recursive, small n", () => {
  assert.equal(fibRecursive(25), 75025n);
});

test("invalid n throws RangeError", () => {
  for (const fn of ALL) {
    assert.throws(() => fn(-1), RangeError, fn.name);
    assert.throws(() => fn(2.5), RangeError, fn.name);
  }
});

test("memoised version is fast", () => {
  assert.equal(callWithTimeLimit("fibMemo", 100, 5000), F100);
  assert.equal(callWithTimeLimit("fibMemo", 150, 5000), F150);
});

test("tabulated version is fast", () => {
  assert.equal(callWithTimeLimit("fibTabulated", 100, 5000), F100);
  assert.equal(callWithTimeLimit("fibTabulated", 150, 5000), F150);
});

test("tabulated, large n is exact", () => {
  const s = callWithTimeLimit("fibTabulated", 1000, 5000).toString();
  assert.equal(s.length, 209);
  assert.ok(s.startsWith("43466557686937456435"));
  assert.ok(s.endsWith("76137795166849228875"));
});

test("memoised and tabulated agree beyond 2^53", () => {
  for (const n of [30, 64, 79, 200, 300]) {
    assert.equal(callWithTimeLimit("fibMemo", n, 5000), fibTabulated(n), `n=${n}`);
  }
});

test("addition identity F(m+n) = F(m)F(n+1) + F(m-1)F(n)", () => {
  const m = 400;
  const n = 600;
  assert.equal(
    fibTabulated(m + n),
    fibTabulated(m) * fibTabulated(n + 1) + fibTabulated(m - 1) * fibTabulated(n),
  );
});
