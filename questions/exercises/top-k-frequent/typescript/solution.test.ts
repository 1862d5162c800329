import { test } from "node:test";
import assert from "node:assert/strict";
import { topKFrequent } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

test("examples", () => {
  assert.deepEqual(topKFrequent(["i", "love", "leetcode", "i", "love", "coding"], 2), ["i", "love"]);
  const words = ["the", "day", "is", "sunny", "the", "the", "the", "sunny", "is", "is"];
  assert.deepEqual(topKFrequent(words, 4), ["the", "is", "sunny", "day"]);
});

test("ties are alphabetical", () => {
  assert.deepEqual(topKFrequent(["b", "a", "c", "b", "a", "c"], 2), ["a", "b"]);
  assert.deepEqual(topKFrequent(["i", "love", "leetcode", "i", "love", "coding"], 3), ["i", "love", "coding"]);
});

test("a tie at the cut in both input orders", () => {
  assert.deepEqual(topKFrequent(["c", "b", "a"], 2), ["a", "b"]);
  assert.deepEqual(topKFrequent(["a", "b", "c"], 2), ["a", "b"]);
  assert.deepEqual(topKFrequent(["z", "y", "y", "z", "x"], 1), ["y"]);
  assert.deepEqual(topKFrequent(["y", "z", "z", "y", "x"], 1), ["y"]);
});

test("plain string order", () => {
  assert.deepEqual(topKFrequent(["Apple", "apple", "apple"], 2), ["apple", "Apple"]);
  assert.deepEqual(topKFrequent(["a", "B"], 2), ["B", "a"]);
});

test("k larger than the number of distinct words", () => {
  assert.deepEqual(topKFrequent(["x", "y", "x"], 10), ["x", "y"]);
});

test("empty input and non-positive k", () => {
  assert.deepEqual(topKFrequent([], 3), []);
  assert.deepEqual(topKFrequent(["a", "b"], 0), []);
  assert.deepEqual(topKFrequent(["a", "b"], -1), []);
});

test("a single word", () => {
  assert.deepEqual(topKFrequent(["solo"], 1), ["solo"]);
});

test("large input", () => {
  const counts = new Map<string, number>();
  for (let i = 0; i < 20_000; i++) counts.set(`w${String(i).padStart(5, "0")}`, ((i * 7919) % 20) + 1);
  const words: string[] = [];
  for (let r = 0; r < 20; r++) for (const [w, c] of counts) if (c > r) words.push(w);
  assert.ok(words.length > 200_000);
  const expected = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 10)
    .map(([w]) => w);
  assert.deepEqual(topKFrequent(words, 10), expected);
});
