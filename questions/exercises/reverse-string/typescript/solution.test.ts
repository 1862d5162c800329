import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { reverseString } from "./solution.ts";

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

test("reverses a simple word", limit, () => {
  assert.equal(reverseString("hello"), "olleh");
});

test("empty string", limit, () => {
  assert.equal(reverseString(""), "");
});

test("single character", limit, () => {
  assert.equal(reverseString("a"), "a");
});

test("even length", limit, () => {
  assert.equal(reverseString("abcd"), "dcba");
});

test("spaces and punctuation", limit, () => {
  assert.equal(reverseString("ab c!"), "!c ba");
});

test("palindrome is unchanged", limit, () => {
  assert.equal(reverseString("racecar"), "racecar");
});

test("emoji is kept whole", limit, () => {
  assert.equal(reverseString("a\u{1F600}b"), "b\u{1F600}a");
});

test("reversing twice gives the original", limit, () => {
  const s = "Interview prep, 2024!";
  assert.equal(reverseString(reverseString(s)), s);
});

test("several characters outside the BMP", limit, () => {
  assert.equal(reverseString("\u{1F600}\u{1F601}"), "\u{1F601}\u{1F600}");
  assert.equal(reverseString("x\u{1D11E}y\u00e9\u{1F600}"), "\u{1F600}\u00e9y\u{1D11E}x");
});

test("large input runs in linear time", limit, () => {
  // One million code points, every 1000th an emoji, reversed in a child process with a time limit.
  const out = runWithCpuLimit(
    `const parts = [];
     for (let i = 0; i < 1000000; i++) parts.push(i % 1000 === 7 ? "\u{1F600}" : String.fromCharCode(97 + (i % 26)));
     const s = parts.join("");
     const result = m.reverseString(s);
     const expected = parts.reverse().join("");
     let first = -1;
     for (let k = 0; k < Math.max(result.length, expected.length); k++) {
       if (result[k] !== expected[k]) { first = k; break; }
     }
     return [result.length === expected.length, first];`,
    3000,
  );
  assert.deepEqual(out, [true, -1], "[same length, index of the first difference]");
});
