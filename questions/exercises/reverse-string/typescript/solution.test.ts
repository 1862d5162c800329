import { test } from "node:test";
import assert from "node:assert/strict";
import { reverseString } from "./solution.ts";

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

test("large input runs in linear time", () => {
  let parts: string[] = [];
  for (let i = 0; i < 1_000_000; i++) parts.push(String.fromCharCode(97 + (i % 26)));
  const s = parts.join("");
  parts = [];
  const start = performance.now();
  const result = reverseString(s);
  const elapsed = performance.now() - start;
  assert.equal(result.length, s.length);
  assert.equal(result[0], s[s.length - 1]);
  assert.equal(result[result.length - 1], s[0]);
  for (let k = 0; k < s.length; k += 9973) {
    assert.equal(result[k], s[s.length - 1 - k]);
  }
  assert.ok(elapsed < 3000, `took ${elapsed} ms`);
});
