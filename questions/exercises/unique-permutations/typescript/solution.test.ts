import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { uniquePermutations } from "./solution.ts";

/** Every test gets a time limit, so a slow or stuck solution fails instead of hanging the run. */
const LIMIT = { timeout: 2000 };

/**
 * Run `body` (plain JavaScript that can use the solution module as `m` and ends with
 * `return <json-serialisable value>`) in a child process that is killed after `ms`.
 */
function runWithTimeLimit(body: string, ms: number): unknown {
  const url = new URL("./solution.ts", import.meta.url).href;
  const code = `import * as m from ${JSON.stringify(url)};\nconst run = () => {\n${body}\n};\nprocess.stdout.write(JSON.stringify(run()));`;
  const result = spawnSync(process.execPath, ["--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code], {
    encoding: "utf8",
    timeout: ms,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.signal) assert.fail(`took longer than ${ms} ms: check the complexity`);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

/** a < b in lexicographic order, comparing items with < (numbers by value). */
function lexLess(a: Array<number | string>, b: Array<number | string>): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i];
  return a.length < b.length;
}

/** `got` lists `count` distinct permutations of `items`, in strictly increasing (lexicographic) order. */
function assertAllDistinctPermutations(items: number[], got: number[][], count: number): void {
  assert.equal(got.length, count, "number of permutations");
  const want = JSON.stringify([...items].sort((a, b) => a - b));
  for (const p of got) assert.equal(JSON.stringify([...p].sort((a, b) => a - b)), want, `[${p}] is not a permutation of [${items}]`);
  for (let i = 1; i < got.length; i++) assert.ok(lexLess(got[i - 1], got[i]), `not in lexicographic order, or repeated: [${got[i - 1]}] then [${got[i]}]`);
}

test("example from the prompt", LIMIT, () => {
  assert.deepEqual(uniquePermutations([1, 2, 1]), [[1, 1, 2], [1, 2, 1], [2, 1, 1]]);
  assert.deepEqual(uniquePermutations([1, 1, 2, 2]), [[1, 1, 2, 2], [1, 2, 1, 2], [1, 2, 2, 1], [2, 1, 1, 2], [2, 1, 2, 1], [2, 2, 1, 1]]);
});

test("distinct items", LIMIT, () => {
  assert.deepEqual(uniquePermutations([3, 1, 2]), [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]);
  assert.deepEqual(uniquePermutations([2, 1]), [[1, 2], [2, 1]]);
});

test("empty, single and all equal", LIMIT, () => {
  assert.deepEqual(uniquePermutations([]), [[]]);
  assert.deepEqual(uniquePermutations([7]), [[7]]);
  assert.deepEqual(uniquePermutations([2, 2, 2]), [[2, 2, 2]]);
});

test("strings", LIMIT, () => {
  assert.deepEqual(uniquePermutations(["b", "a", "b"]), [["a", "b", "b"], ["b", "a", "b"], ["b", "b", "a"]]);
});

test("numbers compare by value", LIMIT, () => {
  assert.deepEqual(uniquePermutations([10, 9]), [[9, 10], [10, 9]]);
});

test("the multinomial count", LIMIT, () => {
  const items = [1, 0, 2, 1, 0, 1]; // two 0s, three 1s, one 2: 6! / (2! 3! 1!) = 60
  assertAllDistinctPermutations(items, uniquePermutations(items), 60);
});

test("each result is its own array", LIMIT, () => {
  const result = uniquePermutations<number>([1, 2, 3]);
  assert.equal(new Set(result).size, 6);
  result[0].push(99);
  assert.deepEqual(result[1], [1, 3, 2]);
});

test("the input is not modified", LIMIT, () => {
  const items = [3, 1, 2, 1];
  uniquePermutations(items);
  assert.deepEqual(items, [3, 1, 2, 1]);
});

test("eight 1s and eight 2s", { timeout: 6000 }, () => {
  // Runs in a child process with a time limit: generating all 16! orderings fails instead of hanging the run.
  const got = runWithTimeLimit(`return m.uniquePermutations([2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);`, 4000) as number[][];
  // C(16, 8) = 16! / (8! 8!) = 12,870 distinct orderings.
  assertAllDistinctPermutations([2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], got, 12_870);
  assert.deepEqual([got[0], got[got.length - 1]], [[1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2], [2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]]);
});
