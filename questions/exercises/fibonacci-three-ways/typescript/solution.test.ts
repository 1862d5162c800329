import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fibMemo, fibRecursive, fibTabulated } from "./solution.ts";
import { limitEachTest, childWatchdog } from "./cpuLimit.ts";

limitEachTest(2000);

const FIRST_21 = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765];
const F100 = 354224848179261915075n;
const F150 = 9969216677189303386214405760200n;
const ALL = [fibRecursive, fibMemo, fibTabulated];

/**
 * Run exported functions in one child process, and fail if the calls use more
 * than `cpuMs` of CPU time, so that an exponential implementation makes the test
 * fail instead of hanging forever. The limit is on CPU time, not the wall clock,
 * so a busy machine slows a correct solution down without failing it; a child
 * watchdog thread in the child stops it at the limit, and one
 * still running after 20 * cpuMs of wall-clock time is killed too.
 */
function callWithTimeLimit(calls: Array<[name: string, n: number]>, cpuMs: number): bigint[] {
  const url = new URL("./solution.ts", import.meta.url).href;
  const code =
    `import * as m from ${JSON.stringify(url)};` +
    `const calls = ${JSON.stringify(calls)};` +
    childWatchdog(cpuMs) +
    `const before = process.cpuUsage();` +
    `const values = calls.map(([name, n]) => String(m[name](n)));` +
    `const used = process.cpuUsage(before);` +
    `process.stdout.write(JSON.stringify({ values, cpuMs: (used.user + used.system) / 1000 }));`;
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
    { encoding: "utf8", timeout: 20 * cpuMs },
  );
  const names = calls.map(([name, n]) => `${name}(${n})`).join(", ");
  if (result.signal === "SIGKILL") {
    assert.fail(`used more than ${cpuMs} ms of CPU time and was stopped: check the complexity`);
  }
  if (result.error || result.signal) {
    assert.fail(`${names} still running after ${20 * cpuMs} ms`);
  }
  assert.equal(result.status, 0, result.stderr);
  const { values, cpuMs: used } = JSON.parse(result.stdout) as { values: string[]; cpuMs: number };
  assert.ok(used <= cpuMs, `${names} used ${Math.round(used)} ms of CPU time, more than ${cpuMs} ms`);
  return values.map((v) => BigInt(v));
}

/** How often `name(` is called in `source` (a function's text), not counting `function name(` headers. */
function callsOf(source: string, name: string): number {
  const body = source.replace(new RegExp(`\\bfunction\\s+${name}\\s*\\(`, "g"), "");
  return body.match(new RegExp(`\\b${name}\\s*\\(`, "g"))?.length ?? 0;
}

/** Names of the functions and arrow functions defined inside `source`. */
function innerNames(source: string): string[] {
  const names = [...source.matchAll(/\bfunction\s+(\w+)|\b(?:const|let|var)\s+(\w+)\s*=\s*(?:\(|\w+\s*=>|function)/g)];
  return names.map((match) => match[1] ?? match[2]);
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

test("each function uses its technique", () => {
  assert.ok(callsOf(fibRecursive.toString(), "fibRecursive") >= 1, "fibRecursive must call itself");
  const memo = fibMemo.toString();
  // Recursive: fibMemo calls itself, or an inner function is called from inside itself and once to start.
  const recursive = callsOf(memo, "fibMemo") >= 1 || innerNames(memo).some((name) => name !== "fibMemo" && callsOf(memo, name) >= 2);
  assert.ok(recursive, "fibMemo must be recursive (top-down with a cache)");
  const tabulated = fibTabulated.toString();
  for (const name of ["fibRecursive", "fibMemo", "fibTabulated"]) assert.equal(callsOf(tabulated, name), 0, `fibTabulated must not call ${name}`);
  for (const name of innerNames(tabulated)) assert.ok(callsOf(tabulated, name) <= 1, `fibTabulated must not recurse (${name})`);
  assert.match(tabulated, /\b(for|while)\s*\(/, "fibTabulated must loop");
});

test("memoised version is fast", () => {
  assert.deepEqual(callWithTimeLimit([["fibMemo", 100], ["fibMemo", 150]], 2000), [F100, F150]);
});

test("tabulated version is fast", () => {
  assert.deepEqual(callWithTimeLimit([["fibTabulated", 100], ["fibTabulated", 150]], 2000), [F100, F150]);
});

test("tabulated, large n is exact", () => {
  const s = callWithTimeLimit([["fibTabulated", 1000]], 2000)[0].toString();
  assert.equal(s.length, 209);
  assert.ok(s.startsWith("43466557686937456435"));
  assert.ok(s.endsWith("76137795166849228875"));
});

test("memoised and tabulated agree beyond 2^53", () => {
  const ns = [30, 64, 79, 200, 300];
  const memo = callWithTimeLimit(ns.map((n) => ["fibMemo", n]), 2000);
  ns.forEach((n, i) => assert.equal(memo[i], fibTabulated(n), `n=${n}`));
});

test("addition identity F(m+n) = F(m)F(n+1) + F(m-1)F(n)", () => {
  const m = 400;
  const n = 600;
  assert.equal(
    fibTabulated(m + n),
    fibTabulated(m) * fibTabulated(n + 1) + fibTabulated(m - 1) * fibTabulated(n),
  );
});
