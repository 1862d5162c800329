import { test } from "node:test";
import assert from "node:assert/strict";
import { countPairs, mergeStep } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

const CORPUS: Record<string, number> = {
  "l o w </w>": 5,
  "l o w e r </w>": 2,
  "n e w e s t </w>": 6,
  "w i d e s t </w>": 3,
};

test("countPairs on the classic corpus", () => {
  const expected = new Map<string, number>([
    ["l o", 7], ["o w", 7], ["w </w>", 5], ["w e", 8],
    ["e r", 2], ["r </w>", 2], ["n e", 6], ["e w", 6],
    ["e s", 9], ["s t", 9], ["t </w>", 9],
    ["w i", 3], ["i d", 3], ["d e", 3],
  ]);
  assert.deepEqual(new Map([...countPairs(CORPUS)].sort()), new Map([...expected].sort()));
});

test("countPairs counts overlapping pairs", () => {
  assert.deepEqual(countPairs({ "a a a": 2 }), new Map([["a a", 4]]));
});

test("countPairs with single symbols and an empty table", () => {
  assert.equal(countPairs({ a: 3, xyz: 1 }).size, 0);
  assert.equal(countPairs({}).size, 0);
});

test("first two merges on the classic corpus", () => {
  const first = mergeStep(CORPUS);
  assert.deepEqual(first.pair, ["e", "s"]);
  assert.deepEqual(first.vocab, { "l o w </w>": 5, "l o w e r </w>": 2, "n e w es t </w>": 6, "w i d es t </w>": 3 });
  const second = mergeStep(first.vocab);
  assert.deepEqual(second.pair, ["es", "t"]);
  assert.deepEqual(second.vocab, { "l o w </w>": 5, "l o w e r </w>": 2, "n e w est </w>": 6, "w i d est </w>": 3 });
});

test("frequency beats alphabetical order", () => {
  assert.deepEqual(mergeStep({ "z z": 3, "a b": 2 }), { pair: ["z", "z"], vocab: { zz: 3, "a b": 2 } });
});

test("a tie goes to the smallest pair", () => {
  assert.deepEqual(mergeStep({ "b a": 1, "a c": 1 }).pair, ["a", "c"]);
  assert.deepEqual(mergeStep({ "ab c": 1, "a bc": 1 }).pair, ["a", "bc"]);
  // the same ties with the words in the other order
  assert.deepEqual(mergeStep({ "a c": 1, "b a": 1 }).pair, ["a", "c"]);
  assert.deepEqual(mergeStep({ "a bc": 1, "ab c": 1 }).pair, ["a", "bc"]);
});

test("merges are left to right without overlap", () => {
  assert.deepEqual(mergeStep({ "a a a": 1 }), { pair: ["a", "a"], vocab: { "aa a": 1 } });
  assert.deepEqual(mergeStep({ "a a a a": 1 }), { pair: ["a", "a"], vocab: { "aa aa": 1 } });
});

test("only whole symbols match", () => {
  assert.deepEqual(mergeStep({ "a bc": 3, "xa bcd": 1 }), { pair: ["a", "bc"], vocab: { abc: 3, "xa bcd": 1 } });
});

test("colliding words add up", () => {
  assert.deepEqual(mergeStep({ "a b c": 2, "ab c": 1, "a b": 4 }), { pair: ["a", "b"], vocab: { "ab c": 3, ab: 4 } });
});

test("no pair left, and the input is untouched", () => {
  const original = { a: 5, abc: 2 };
  const result = mergeStep(original);
  assert.equal(result.pair, null);
  assert.deepEqual(result.vocab, { a: 5, abc: 2 });
  assert.notEqual(result.vocab, original);
  assert.deepEqual(mergeStep({}), { pair: null, vocab: {} });
  const before = { ...CORPUS };
  mergeStep(CORPUS);
  assert.deepEqual(CORPUS, before);
});
