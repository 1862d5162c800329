import { test } from "node:test";
import assert from "node:assert/strict";
import { bleu, modifiedPrecision } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

const toks = (text: string): string[] => text.split(" ");

function assertClose(actual: number, expected: number, eps = 1e-9): void {
  assert.ok(Math.abs(actual - expected) < eps, `${actual} != ${expected}`);
}

test("an identical sentence scores 1", () => {
  const sentence = toks("the cat sat on the mat today");
  assertClose(bleu(sentence, [sentence]), 1);
});

test("clipping", () => {
  const cand = toks("the the the the the the the");
  const refs = [toks("the cat is on the mat")];
  assert.deepEqual(modifiedPrecision(cand, refs, 1), [2, 7]);
  assertClose(bleu(cand, refs, 1), 2 / 7);
});

test("clipping uses the max over single references", () => {
  const cand = toks("a a a");
  const refs = [toks("a b"), toks("a a c")];
  assert.deepEqual(modifiedPrecision(cand, refs, 1), [2, 3]);
  assertClose(bleu(cand, refs, 1), 2 / 3);
});

test("precisions by order", () => {
  const cand = toks("the cat sat on the mat");
  const refs = [toks("the cat is on the mat")];
  assert.deepEqual([1, 2, 3, 4].map((n) => modifiedPrecision(cand, refs, n)), [[5, 6], [3, 5], [1, 4], [0, 3]]);
  assertClose(bleu(cand, refs, 3), 0.5);
  assert.equal(bleu(cand, refs), 0);
});

test("worked example with a brevity penalty", () => {
  const cand = toks("the quick brown fox jumps over the dog");
  const refs = [toks("the quick brown fox jumps over the lazy dog")];
  assert.deepEqual([1, 2, 3, 4].map((n) => modifiedPrecision(cand, refs, n)), [[8, 8], [6, 7], [5, 6], [4, 5]]);
  assertClose(bleu(cand, refs), Math.exp(-1 / 8) * (4 / 7) ** 0.25);
});

test("a short candidate is penalised", () => {
  assertClose(bleu(toks("the cat"), [toks("the cat sat on the mat")], 2), Math.exp(1 - 6 / 2));
});

test("closest reference length", () => {
  const cand = toks("a b c d e");
  assertClose(bleu(cand, [toks("a b c d"), toks("a b c d e f")], 1), 1);
  assertClose(bleu(cand, [toks("a b c d e f"), toks("a b c d")], 1), 1);
  assertClose(bleu(cand, [toks("a b"), toks("a b c d e f")], 1), Math.exp(1 - 6 / 5));
});

test("tokens compare exactly", () => {
  const cand = toks("The Cat sat");
  const refs = [toks("the cat sat")];
  assert.deepEqual(modifiedPrecision(cand, refs, 1), [1, 3]);
  assert.deepEqual(modifiedPrecision(cand, refs, 2), [0, 2]);
  assert.equal(bleu(cand, refs, 2), 0);
});

test("empty and too-short candidates", () => {
  assert.equal(bleu([], [toks("a b c")]), 0);
  assert.equal(bleu(toks("a b"), [toks("a b")]), 0);
  assertClose(bleu(toks("a b"), [toks("a b")], 2), 1);
});

test("invalid arguments", () => {
  assert.throws(() => bleu(toks("a b"), []), Error);
  assert.throws(() => bleu(toks("a b"), [toks("a b")], 0), Error);
  assert.throws(() => bleu(toks("a b"), [toks("a b")], -1), Error);
});
