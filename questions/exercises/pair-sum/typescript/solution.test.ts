import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { pairSum } from "./solution.ts";

// Every test has a time limit so that an endless loop fails instead of hanging the run.
const limit = { timeout: 5000 };

/**
 * Run `body` (plain JavaScript that can use the solution module as `m` and
 * ends with `return <json-serialisable value>`) in a child process, and fail if
 * it uses more than `cpuMs` of CPU time. The limit is on CPU time, not the wall
 * clock, so a busy machine slows a correct solution down without failing it; a
 * child still running after 3 * cpuMs of wall-clock time is killed.
 */
function runWithCpuLimit(body: string, cpuMs: number): unknown {
  const url = new URL("./solution.ts", import.meta.url).href;
  const code =
    `import * as m from ${JSON.stringify(url)};\n` +
    `const run = () => {\n${body}\n};\n` +
    `const before = process.cpuUsage();\n` +
    `const value = run();\n` +
    `const used = process.cpuUsage(before);\n` +
    `process.stdout.write(JSON.stringify({ value, cpuMs: (used.user + used.system) / 1000 }));`;
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
    { encoding: "utf8", timeout: 3 * cpuMs, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error || result.signal) {
    assert.fail(`still running after ${3 * cpuMs} ms: check the complexity`);
  }
  assert.equal(result.status, 0, result.stderr);
  const { value, cpuMs: used } = JSON.parse(result.stdout) as { value: unknown; cpuMs: number };
  assert.ok(used <= cpuMs, `used ${Math.round(used)} ms of CPU time, more than ${cpuMs} ms: check the complexity`);
  return value;
}

/** Compare two lists by length and first difference, without the slow diff of a failed deepEqual. */
function assertSameList(actual: unknown[], expected: unknown[]): void {
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n; i++) {
    assert.ok(
      JSON.stringify(actual[i]) === JSON.stringify(expected[i]),
      `first difference at index ${i}: ${JSON.stringify(actual[i])} != ${JSON.stringify(expected[i])}`,
    );
  }
  assert.equal(actual.length, expected.length, "lengths differ");
}

test("basic", limit, () => {
  assert.deepEqual(pairSum([1, 2, 3, 4, 5], 6), [[1, 5], [2, 4]]);
});

test("unsorted input, sorted output", limit, () => {
  assert.deepEqual(pairSum([5, 4, 1, 2, 3], 6), [[1, 5], [2, 4]]);
  assert.deepEqual(pairSum([2, 4, 1, 5], 6), [[1, 5], [2, 4]]);
});

test("empty", limit, () => {
  assert.deepEqual(pairSum([], 0), []);
});

test("single element cannot pair with itself", limit, () => {
  assert.deepEqual(pairSum([3], 6), []);
});

test("equal values need two occurrences", limit, () => {
  assert.deepEqual(pairSum([3, 3, 3], 6), [[3, 3]]);
  assert.deepEqual(pairSum([3, 1, 5], 6), [[1, 5]]);
});

test("duplicates are reported once", limit, () => {
  assert.deepEqual(pairSum([1, 1, 5, 5, 1, 5], 6), [[1, 5]]);
});

test("negatives and zero", limit, () => {
  assert.deepEqual(pairSum([-2, 0, 2, 4, -2], 2), [[-2, 4], [0, 2]]);
  assert.deepEqual(pairSum([-3, 3, 0, 0, -1], 0), [[-3, 3], [0, 0]]);
});

test("no pairs", limit, () => {
  assert.deepEqual(pairSum([1, 2, 4], 100), []);
});

test("input is not modified", limit, () => {
  const nums = [4, 2, 3, 1];
  pairSum(nums, 5);
  assert.deepEqual(nums, [4, 2, 3, 1]);
});

test("large input", limit, () => {
  const out = runWithCpuLimit(
    `const n = 200000;
     const nums = [];
     for (let i = 0; i < n; i++) nums.push((i * 7919) % n); // a permutation of 0..n-1
     const result = m.pairSum(nums, n - 1);
     return [result.length, result[0], result[result.length - 1]];`,
    3000,
  );
  assert.deepEqual(out, [100_000, [0, 199_999], [99_999, 100_000]]);
});

test("large input with many duplicates", limit, () => {
  const out = runWithCpuLimit(
    `const nums = [];
     for (let i = 0; i < 200000; i++) nums.push((i % 1000) - 500); // -500..499, 200 times each
     return m.pairSum(nums, 0);`,
    3000,
  );
  const expected: number[][] = [];
  for (let a = 499; a >= 0; a--) expected.push([0 - a, a]);
  assertSameList(out as unknown[], expected);
});
