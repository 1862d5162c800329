import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mergeIntervals } from "./solution.ts";

/**
 * Run `body` (plain JavaScript that can use the solution module as `m` and
 * ends with `return <json-serialisable value>`) in a child process with a time
 * limit, so a solution that is too slow fails instead of hanging the run.
 */
function runWithTimeLimit(body: string, ms: number): unknown {
  const url = new URL("./solution.ts", import.meta.url).href;
  const code =
    `import * as m from ${JSON.stringify(url)};\n` +
    `const run = () => {\n${body}\n};\n` +
    `process.stdout.write(JSON.stringify(run()));`;
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
    { encoding: "utf8", timeout: ms, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error || result.signal) {
    assert.fail(`took longer than ${ms} ms: check the complexity`);
  }
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

test("basic", () => {
  assert.deepEqual(mergeIntervals([[1, 3], [2, 6], [8, 10], [15, 18]]), [[1, 6], [8, 10], [15, 18]]);
});

test("touching intervals merge", () => {
  assert.deepEqual(mergeIntervals([[1, 4], [4, 5]]), [[1, 5]]);
});

test("unsorted input", () => {
  assert.deepEqual(mergeIntervals([[8, 10], [1, 3], [2, 6]]), [[1, 6], [8, 10]]);
});

test("contained intervals", () => {
  assert.deepEqual(mergeIntervals([[1, 10], [2, 3], [4, 5]]), [[1, 10]]);
  assert.deepEqual(mergeIntervals([[2, 3], [1, 10], [9, 12]]), [[1, 12]]);
});

test("empty and single", () => {
  assert.deepEqual(mergeIntervals([]), []);
  assert.deepEqual(mergeIntervals([[5, 7]]), [[5, 7]]);
});

test("points and duplicates", () => {
  assert.deepEqual(mergeIntervals([[2, 2], [2, 2], [3, 3]]), [[2, 2], [3, 3]]);
  assert.deepEqual(mergeIntervals([[1, 2], [1, 2]]), [[1, 2]]);
});

test("negative values", () => {
  assert.deepEqual(mergeIntervals([[-5, -1], [3, 4], [-2, 0]]), [[-5, 0], [3, 4]]);
});

test("sorting is numeric, not lexicographic", () => {
  assert.deepEqual(mergeIntervals([[10, 11], [9, 10], [100, 101], [2, 3]]), [[2, 3], [9, 11], [100, 101]]);
});

test("invalid interval throws RangeError", () => {
  assert.throws(() => mergeIntervals([[1, 2], [5, 3]]), RangeError);
});

test("input is not modified", () => {
  const data: [number, number][] = [[6, 8], [1, 3], [2, 4], [7, 9]];
  const before = structuredClone(data);
  const result = mergeIntervals(data);
  assert.deepEqual(result, [[1, 4], [6, 9]]);
  assert.deepEqual(data, before);
  result[0][1] = 100; // the result must not share arrays with the input
  assert.deepEqual(data, before);
});

test("large input", () => {
  const out = runWithTimeLimit(
    `const n = 100000;
     const disjoint = [], chained = [];
     for (let i = 0; i < n; i++) {
       const k = (i * 7919) % n; // a permutation of 0..n-1
       disjoint.push([2 * k, 2 * k + 1]);
       chained.push([k, k + 1]);
     }
     const separate = m.mergeIntervals(disjoint);
     const single = m.mergeIntervals(chained);
     return [separate.length, separate.slice(0, 2), separate[separate.length - 1], single];`,
    5000,
  );
  assert.deepEqual(out, [100_000, [[0, 1], [2, 3]], [199_998, 199_999], [[0, 100_000]]]);
});
