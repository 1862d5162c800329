import { test } from "node:test";
import assert from "node:assert/strict";
import { isPalindrome } from "./solution.ts";

// Every test has a time limit so that an endless loop fails instead of hanging the run.
const limit = { timeout: 2000 };

test("classic sentence", limit, () => {
  assert.equal(isPalindrome("A man, a plan, a canal: Panama"), true);
});

test("not a palindrome", limit, () => {
  assert.equal(isPalindrome("race a car"), false);
});

test("empty string", limit, () => {
  assert.equal(isPalindrome(""), true);
});

test("only punctuation and spaces", limit, () => {
  assert.equal(isPalindrome(".,!? "), true);
});

test("single character", limit, () => {
  assert.equal(isPalindrome("x"), true);
  assert.equal(isPalindrome("  Z! "), true);
});

test("digits count", limit, () => {
  assert.equal(isPalindrome("0P"), false);
  assert.equal(isPalindrome("12321"), true);
  assert.equal(isPalindrome("1231"), false);
});

test("mixed case and quotes", limit, () => {
  assert.equal(isPalindrome("No 'x' in Nixon"), true);
  assert.equal(isPalindrome("Was it a car or a cat I saw?"), true);
});

test("differs only in the middle", limit, () => {
  assert.equal(isPalindrome("ab-c-da"), false);
  assert.equal(isPalindrome("ab-c-ba"), true);
});

test("punctuation heavy at one end", limit, () => {
  assert.equal(isPalindrome("a....................a!!!!"), true);
  assert.equal(isPalindrome("a....................b!!!!"), false);
});

test("the underscore is skipped", limit, () => {
  assert.equal(isPalindrome("ab_a"), true);
  assert.equal(isPalindrome("_x__y_x"), true);
  assert.equal(isPalindrome("a_b"), false);
});

test("letters of every alphabet", limit, () => {
  assert.equal(isPalindrome("Ésé"), true);
  assert.equal(isPalindrome("éaè"), false);
  assert.equal(isPalindrome("日本"), false);
  assert.equal(isPalindrome("日, 本: 日"), true);
  assert.equal(isPalindrome("Ωmω"), true);
});

test("long palindrome", limit, () => {
  const chars: string[] = [];
  for (let i = 0; i < 100_000; i++) chars.push(String.fromCharCode(97 + (i % 26)));
  const half = chars.join("");
  const s = half + "#" + half.toUpperCase().split("").reverse().join("");
  assert.equal(isPalindrome(s), true);
  assert.equal(isPalindrome(s + "q"), false);
});
