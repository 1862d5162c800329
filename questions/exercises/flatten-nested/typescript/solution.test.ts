import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { flatten } from "./solution.ts";
import type { Nested } from "./solution.ts";

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

test("nested example", () => {
  assert.deepEqual(flatten<number>([1, [2, [3, [4]]], 5]), [1, 2, 3, 4, 5]);
});

test("empty", () => {
  assert.deepEqual(flatten<number>([]), []);
});

test("only empty sublists", () => {
  assert.deepEqual(flatten<number>([[], [[]], [[], [[]]]]), []);
});

test("already flat returns a new array", () => {
  const data = [1, 2, 3];
  const result = flatten<number>(data);
  assert.deepEqual(result, [1, 2, 3]);
  assert.notEqual(result, data);
});

test("strings are leaves", () => {
  assert.deepEqual(flatten<string>(["ab", ["cd", ["e"]], ""]), ["ab", "cd", "e", ""]);
});

test("other leaves are kept as is", () => {
  const obj = { a: [1, 2] };
  const result = flatten<unknown>([null, [0, [false]], [obj], undefined]);
  assert.deepEqual(result, [null, 0, false, obj, undefined]);
  assert.equal(result[3], obj);
});

test("order is left to right", () => {
  assert.deepEqual(flatten<number>([[1, [2, 3]], 4, [[5], 6], [[[7]]], 8]), [1, 2, 3, 4, 5, 6, 7, 8]);
});

test("a shared sublist is expanded each time", () => {
  const shared = [1, 2];
  assert.deepEqual(flatten<number>([shared, [shared], 3]), [1, 2, 1, 2, 3]);
});

test("input is not modified", () => {
  const data: Nested<number>[] = [1, [2, [3, []]], [[4]]];
  const before = structuredClone(data);
  flatten(data);
  assert.deepEqual(data, before);
});

test("very deep nesting", () => {
  const depth = 50_000;
  let nested: Nested<number>[] = [0];
  for (let i = 1; i <= depth; i++) nested = [nested, i]; // [[[[0], 1], 2], ...]
  const result = flatten(nested);
  assert.equal(result.length, depth + 1);
  assert.deepEqual(result.slice(0, 3), [0, 1, 2]);
  assert.equal(result[result.length - 1], depth);
});

test("wide input, linear time", () => {
  const out = runWithTimeLimit(
    `const data = [];
     for (let i = 0; i < 100000; i++) data.push([i, [i]]);
     const result = m.flatten(data);
     return [result.length, result.slice(0, 4), result[result.length - 1]];`,
    5000,
  );
  assert.deepEqual(out, [200_000, [0, 0, 1, 1], 99_999]);
});
