import { test } from "node:test";
import assert from "node:assert/strict";
import { editDistance } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("classic examples", () => {
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("flaw", "lawn"), 2);
  assert.equal(editDistance("intention", "execution"), 5);
});

test("empty strings", () => {
  assert.equal(editDistance("", ""), 0);
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("abc", ""), 3);
});

test("identical strings and single characters", () => {
  assert.equal(editDistance("same", "same"), 0);
  assert.equal(editDistance("a", "b"), 1);
  assert.equal(editDistance("a", "a"), 0);
});

test("case-sensitive", () => {
  assert.equal(editDistance("Apple", "apple"), 1);
});

test("symmetric", () => {
  const pairs: Array<[string, string]> = [["sunday", "saturday"], ["abc", "yabd"], ["gumbo", "gambol"]];
  for (const [a, b] of pairs) assert.equal(editDistance(a, b), editDistance(b, a));
  assert.equal(editDistance("sunday", "saturday"), 3);
});

test("pure insertions and deletions", () => {
  assert.equal(editDistance("abc", "aXbYcZ"), 3);
  assert.equal(editDistance("abcdef", "ace"), 3);
});

test("long strings", () => {
  // Runs in a child process with a time limit: an exponential recursion must fail, not hang the run.
  const out = runWithCpuLimit(
    `return [m.editDistance("ab".repeat(400), "ba".repeat(400)), m.editDistance("a".repeat(600), "b".repeat(500))];`,
    3000,
  );
  assert.deepEqual(out, [2, 600]);
});
