import { test } from "node:test";
import assert from "node:assert/strict";
import { rocAuc } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

function assertClose(actual: number, expected: number, eps = 1e-12): void {
  assert.ok(Math.abs(actual - expected) <= eps, `${actual} != ${expected}`);
}

test("example from the prompt", () => {
  assertClose(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 0.75);
});

test("perfect and inverted", () => {
  assert.equal(rocAuc([0, 1], [0.2, 0.9]), 1);
  assert.equal(rocAuc([1, 0], [0.2, 0.9]), 0);
  assert.equal(rocAuc([1, 1, 0, 0, 0], [5, 4, 3, 2, 1]), 1);
});

test("all scores tied", () => {
  assert.equal(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]), 0.5);
  assert.equal(rocAuc([1, 1, 1, 0], [3, 3, 3, 3]), 0.5);
});

test("a tie is half whatever the input order", () => {
  assert.equal(rocAuc([1, 0], [0.5, 0.5]), 0.5);
  assert.equal(rocAuc([0, 1], [0.5, 0.5]), 0.5);
});

test("partial ties", () => {
  // 0.9 positive: tie + win = 1.5; 0.5 positive: loss + tie = 0.5; 0.1 positive: 0. Total 2 of 6 pairs.
  const labels = [1, 0, 1, 0, 1];
  const scores = [0.9, 0.9, 0.5, 0.5, 0.1];
  assertClose(rocAuc(labels, scores), 1 / 3);
  assertClose(rocAuc([...labels].reverse(), [...scores].reverse()), 1 / 3);
});

test("scores are compared as numbers", () => {
  assert.equal(rocAuc([0, 1, 0, 1], [9, 10, 1, 100]), 1);
  assertClose(rocAuc([1, 0, 0, 1], [-2.5, -10, 3, 0]), 0.5);
});

test("only the order of the scores matters", () => {
  const labels = [1, 0, 1, 1, 0, 0, 1, 0];
  const scores = [0.8, 0.3, 0.3, 0.95, 0.6, 0.1, 0.6, 0.05];
  // Positives 0.8, 0.3, 0.95, 0.6 against negatives 0.3, 0.6, 0.1, 0.05: 4 + 2.5 + 4 + 3.5 = 14 of 16.
  assertClose(rocAuc(labels, scores), 14 / 16);
  assertClose(rocAuc(labels, scores.map((s) => 10 * s - 3)), 14 / 16);
  const order = [3, 7, 0, 5, 2, 4, 6, 1];
  assertClose(rocAuc(order.map((i) => labels[i]), order.map((i) => scores[i])), 14 / 16);
});

test("the inputs are not modified", () => {
  const labels = [1, 0, 1, 0];
  const scores = [0.2, 0.9, 0.4, 0.1];
  rocAuc(labels, scores);
  assert.deepEqual([labels, scores], [[1, 0, 1, 0], [0.2, 0.9, 0.4, 0.1]]);
});

test("invalid input throws RangeError", () => {
  const cases: Array<[number[], number[]]> = [
    [[], []],
    [[0, 1], [0.5]],
    [[1, 1, 1], [0.1, 0.2, 0.3]],
    [[0, 0], [0.1, 0.2]],
    [[0, 2, 1], [0.1, 0.2, 0.3]],
    [[0, -1, 1], [0.1, 0.2, 0.3]],
    [[0, 0.5, 1], [0.1, 0.2, 0.3]],
  ];
  for (const [labels, scores] of cases) assert.throws(() => rocAuc(labels, scores), RangeError, JSON.stringify([labels, scores]));
});

test("a NaN score throws RangeError", () => {
  // In a child process with a time limit: NaN never equals itself, so a loop over groups of equal scores can spin forever.
  const out = runWithCpuLimit(
    `try { m.rocAuc([0, 1, 1], [0.1, NaN, 0.3]); return "no error"; } catch (error) { return error instanceof RangeError ? "RangeError" : String(error); }`,
    3000,
  );
  assert.equal(out, "RangeError");
});

test("400,000 examples", () => {
  // Runs in a child process with a time limit: comparing every pair fails instead of hanging the run.
  const out = runWithCpuLimit(
    `const n = 400000;
     const labels = Array.from({ length: n }, (_, i) => i % 2);
     return [
       m.rocAuc(labels, Array.from({ length: n }, (_, i) => i)),
       m.rocAuc(labels, Array.from({ length: n }, (_, i) => Math.floor(i / 2))),
     ];`,
    3000,
  );
  const [distinct, paired] = out as [number, number];
  // Distinct scores: the positive at index 2k + 1 beats the k + 1 negatives at 0, 2, ..., 2k, so
  // the AUC is (P + 1) / (2 P) with P = 200,000.
  assertClose(distinct, 200_001 / 400_000);
  // Scores in tied pairs (2k and 2k + 1 share k): each positive beats k negatives and ties one: exactly 1/2.
  assertClose(paired, 0.5);
});
