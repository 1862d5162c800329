import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { editDistance } from "./solution.ts";

/** Every test gets a time limit, so a slow or stuck solution fails instead of hanging the run. */
const LIMIT = { timeout: 2000 };

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

test("classic examples", LIMIT, () => {
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("flaw", "lawn"), 2);
  assert.equal(editDistance("intention", "execution"), 5);
});

test("empty strings", LIMIT, () => {
  assert.equal(editDistance("", ""), 0);
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("abc", ""), 3);
});

test("identical strings and single characters", LIMIT, () => {
  assert.equal(editDistance("same", "same"), 0);
  assert.equal(editDistance("a", "b"), 1);
  assert.equal(editDistance("a", "a"), 0);
});

test("case-sensitive", LIMIT, () => {
  assert.equal(editDistance("Apple", "apple"), 1);
});

test("symmetric", LIMIT, () => {
  const pairs: Array<[string, string]> = [["sunday", "saturday"], ["abc", "yabd"], ["gumbo", "gambol"]];
  for (const [a, b] of pairs) assert.equal(editDistance(a, b), editDistance(b, a));
  assert.equal(editDistance("sunday", "saturday"), 3);
});

test("pure insertions and deletions", LIMIT, () => {
  assert.equal(editDistance("abc", "aXbYcZ"), 3);
  assert.equal(editDistance("abcdef", "ace"), 3);
});

test("long strings", LIMIT, () => {
  // Runs in a child process with a time limit: an exponential recursion must fail, not hang the run.
  const out = runWithCpuLimit(
    `return [m.editDistance("ab".repeat(400), "ba".repeat(400)), m.editDistance("a".repeat(600), "b".repeat(500))];`,
    3000,
  );
  assert.deepEqual(out, [2, 600]);
});
