import { test } from "node:test";
import assert from "node:assert/strict";
import { dcgAtK, ndcgAtK } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertClose(got: number, want: number, eps = 1e-12): void {
  assert.ok(Math.abs(got - want) <= eps, `${got} != ${want}`);
}

const LOG2_3 = Math.log2(3);
const judged = (grades: Record<string, number>): Map<string, number> => new Map(Object.entries(grades));

test("dcg: known value", () => {
  // Gains 2^rel - 1 = 7, 3, 7, 0, 1, 3 over discounts log2(2), log2(3), ..., log2(7).
  const want = 7 + 3 / LOG2_3 + 7 / 2 + 0 + 1 / Math.log2(6) + 3 / Math.log2(7);
  assertClose(dcgAtK([3, 2, 3, 0, 1, 2], 6), want);
  assertClose(want, 13.8483, 1e-4);
});

test("dcg: rank r is discounted by log2(r + 1)", () => {
  // Rank 1 is not discounted (log2 2 = 1), rank 2 is divided by log2 3, rank 3 by log2 4 = 2.
  assertClose(dcgAtK([1], 1), 1);
  assertClose(dcgAtK([0, 1], 2), 1 / LOG2_3);
  assertClose(dcgAtK([0, 0, 1], 3), 0.5);
});

test("dcg: the gain is exponential in the grade", () => {
  assertClose(dcgAtK([2], 1), 3);
  assertClose(dcgAtK([3], 1), 7);
  assertClose(dcgAtK([0.5], 1), Math.SQRT2 - 1);
});

test("dcg: k cuts the list and may exceed it", () => {
  assertClose(dcgAtK([3, 2, 3, 0, 1, 2], 2), 7 + 3 / LOG2_3);
  assertClose(dcgAtK([3, 2], 10), 7 + 3 / LOG2_3);
  assert.equal(dcgAtK([], 5), 0);
});

test("ndcg: example from the prompt", () => {
  // DCG@3 of grades [2, 0, 3] is 3 + 0 + 7/2 = 6.5; the ideal grades [3, 2, 1] give 7 + 3/log2 3 + 1/2.
  const want = 6.5 / (7 + 3 / LOG2_3 + 0.5);
  assertClose(ndcgAtK(["d1", "d2", "d3", "d4"], judged({ d1: 2, d3: 3, d5: 1, d2: 0 }), 3), want);
  assertClose(want, 0.692, 1e-4);
});

test("ndcg: the ideal ranking uses every judged document", () => {
  // The grade-3 document was never retrieved. The ideal ranks it first, then "a":
  // 1 / (7 + 1/log2 3) = 0.131, not the 1.0 of an ideal built from the retrieved list.
  assertClose(ndcgAtK(["a", "b"], judged({ a: 1, z: 3 }), 5), 1 / (7 + 1 / LOG2_3));
});

test("ndcg: k larger than the ranking", () => {
  // DCG = 1 + 3/log2 3; the ideal [2, 1, 1] gives 3 + 1/log2 3 + 1/2 (only three judged documents).
  assertClose(ndcgAtK(["a", "b"], judged({ a: 1, b: 2, c: 1 }), 10), (1 + 3 / LOG2_3) / (3 + 1 / LOG2_3 + 0.5));
});

test("ndcg: k cuts the ranking and the ideal", () => {
  const ranking = ["a", "b", "c", "d"];
  const judgments = judged({ a: 0, b: 3, c: 3, d: 2 });
  assert.equal(ndcgAtK(ranking, judgments, 1), 0);
  // DCG@2 = 7/log2 3; ideal DCG@2 = 7 + 7/log2 3 (the third ideal grade, 2, is past k).
  assertClose(ndcgAtK(ranking, judgments, 2), (7 / LOG2_3) / (7 + 7 / LOG2_3));
  // With k = 4 every document counts.
  assertClose(ndcgAtK(ranking, judgments, 4), (7 / LOG2_3 + 7 / 2 + 3 / Math.log2(5)) / (7 + 7 / LOG2_3 + 3 / 2));
});

test("ndcg: no relevant documents gives zero", () => {
  assert.equal(ndcgAtK(["a", "b"], judged({ a: 0, b: 0 }), 2), 0);
  assert.equal(ndcgAtK(["a", "b"], new Map(), 2), 0);
  assert.equal(ndcgAtK([], new Map(), 3), 0);
  // Relevant documents exist but none was retrieved.
  assert.equal(ndcgAtK([], judged({ a: 2 }), 3), 0);
  assert.equal(ndcgAtK(["b"], judged({ a: 2 }), 3), 0);
});

test("ndcg: unjudged documents count as zero", () => {
  assertClose(ndcgAtK(["x", "a", "y"], judged({ a: 1 }), 3), 1 / LOG2_3);
  // An id that is also an Object property name is still just an unjudged document.
  assertClose(ndcgAtK(["constructor", "a"], judged({ a: 1 }), 2), 1 / LOG2_3);
});

test("ndcg: the ideal ranking scores one", () => {
  const judgments = judged({ a: 3, b: 2, c: 2, d: 0, e: 1 });
  assertClose(ndcgAtK(["a", "b", "c", "e", "d"], judgments, 5), 1);
  // Swapping two documents of equal grade changes nothing.
  assertClose(ndcgAtK(["a", "c", "b", "e"], judgments, 4), 1);
  // Reversing the order is worse.
  assert.ok(ndcgAtK(["e", "c", "b", "a"], judgments, 4) < 0.8);
});

test("invalid input throws RangeError", () => {
  const cases: [string, () => unknown][] = [
    ["k = 0", () => ndcgAtK(["a"], judged({ a: 1 }), 0)],
    ["negative k", () => dcgAtK([1], -1)],
    ["k = 0 in dcg", () => dcgAtK([1], 0)],
    ["fractional k", () => dcgAtK([1], 1.5)],
    ["a document twice", () => ndcgAtK(["a", "b", "a"], judged({ a: 1 }), 3)],
    ["negative grade", () => ndcgAtK(["a"], judged({ a: -1 }), 1)],
    ["negative grade in dcg", () => dcgAtK([1, -2], 2)],
  ];
  for (const [what, call] of cases) assert.throws(call, RangeError, what);
});
