import { test } from "node:test";
import assert from "node:assert/strict";
import { reverseString } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("reverses a simple word", () => {
  assert.equal(reverseString("hello"), "olleh");
});

test("empty string", () => {
  assert.equal(reverseString(""), "");
});

test("single character", () => {
  assert.equal(reverseString("a"), "a");
});

test("even length", () => {
  assert.equal(reverseString("abcd"), "dcba");
});

test("spaces and punctuation", () => {
  assert.equal(reverseString("ab c!"), "!c ba");
});

test("palindrome is unchanged", () => {
  assert.equal(reverseString("racecar"), "racecar");
});

test("emoji is kept whole", () => {
  assert.equal(reverseString("a\u{1F600}b"), "b\u{1F600}a");
});

test("reversing twice gives the original", () => {
  const s = "Interview prep, 2024!";
  assert.equal(reverseString(reverseString(s)), s);
});

test("several characters outside the BMP", () => {
  assert.equal(reverseString("\u{1F600}\u{1F601}"), "\u{1F601}\u{1F600}");
  assert.equal(reverseString("x\u{1D11E}y\u00e9\u{1F600}"), "\u{1F600}\u00e9y\u{1D11E}x");
});

test("large input runs in linear time", () => {
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
