import { test } from "node:test";
import assert from "node:assert/strict";
import { bm25Rank, bm25Scores } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

function assertListClose(got: number[], want: number[], eps = 1e-12): void {
  assert.equal(got.length, want.length, "number of scores");
  got.forEach((g, i) => assert.ok(Math.abs(g - want[i]) <= eps, `document ${i}: ${g} != ${want[i]}`));
}

const K1 = 1.2;
const B = 0.75;
const termScore = (idf: number, f: number, length: number, avgdl: number, k1 = K1, b = B): number =>
  (idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * length) / avgdl));

// The prompt's example: 3 documents of lengths 3, 6 and 3, so avgdl = 4.
const CORPUS = [["the", "cat", "sat"], ["the", "dog", "sat", "on", "the", "mat"], ["cat", "cat", "dog"]];
const IDF_CAT = Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5)); // in 2 of 3 documents: ln 1.6
const IDF_MAT = Math.log(1 + (3 - 1 + 0.5) / (1 + 0.5)); // in 1 of 3: ln(8/3)

test("example from the prompt", () => {
  const want = [termScore(IDF_CAT, 1, 3, 4), termScore(IDF_MAT, 1, 6, 4), termScore(IDF_CAT, 2, 3, 4)];
  assertListClose(bm25Scores(["cat", "mat"], CORPUS), want);
  assertListClose(want, [0.523548, 0.814273, 0.695131], 1e-5);
  assert.deepEqual(bm25Rank(["cat", "mat"], CORPUS), [1, 2, 0]);
});

test("document frequency counts documents, not occurrences", () => {
  // "cat" occurs three times in the corpus but in two documents, so n = 2 and idf = ln 1.6.
  const got = bm25Scores(["cat"], CORPUS);
  assertListClose([got[0]], [(IDF_CAT * 2.2) / 1.975]);
});

test("idf is never negative", () => {
  // "a" is in every document: n = N = 3 gives idf = ln(1 + 0.5/3.5) = ln(8/7), small but positive.
  const corpus = [["a", "x"], ["a", "y"], ["a"]];
  const idf = Math.log(8 / 7);
  const avgdl = 5 / 3;
  const want = [termScore(idf, 1, 2, avgdl), termScore(idf, 1, 2, avgdl), termScore(idf, 1, 1, avgdl)];
  assertListClose(bm25Scores(["a"], corpus), want);
  assert.ok(want.every((s) => s > 0));
  assert.deepEqual(bm25Rank(["a"], corpus), [2, 0, 1]);
});

test("longer documents are normalised", () => {
  // Both contain "a" once; lengths 2 and 6, avgdl 4, idf ln(1 + 0.5/2.5) = ln 1.2.
  const corpus = [["a", "b"], ["a", "b", "c", "d", "e", "f"]];
  const idf = Math.log(1.2);
  assertListClose(bm25Scores(["a"], corpus), [(idf * 2.2) / (1 + 0.75), (idf * 2.2) / (1 + 1.65)]);
  // b = 0 turns length normalisation off: f (k1 + 1) / (f + k1) = 1 for both.
  assertListClose(bm25Scores(["a"], corpus, K1, 0), [idf, idf]);
  // b = 1 divides k1 by the full length ratio: 1.2 * 0.5 and 1.2 * 1.5.
  assertListClose(bm25Scores(["a"], corpus, K1, 1), [(idf * 2.2) / 1.6, (idf * 2.2) / 2.8]);
});

test("term frequency saturates", () => {
  // Equal lengths (so the norm is k1 = 1.2), "t" occurring 1, 2 and 3 times; one document without it.
  const corpus = [["t", "x", "x"], ["t", "t", "x"], ["t", "t", "t"], ["x", "x", "x"]];
  const idf = Math.log(1 + 1.5 / 3.5);
  const got = bm25Scores(["t"], corpus);
  assertListClose(got, [(idf * 2.2) / 2.2, (idf * 4.4) / 3.2, (idf * 6.6) / 4.2, 0]);
  // Each extra occurrence adds less than the one before.
  assert.ok(got[1] - got[0] > got[2] - got[1]);
  // k1 = 0: only presence counts.
  assertListClose(bm25Scores(["t"], corpus, 0), [idf, idf, idf, 0]);
});

test("a query term absent from the corpus adds nothing, and property names are ordinary tokens", () => {
  const base = bm25Scores(["cat", "mat"], CORPUS);
  assertListClose(bm25Scores(["cat", "unicorn", "mat"], CORPUS), base);
  assert.deepEqual(bm25Scores(["unicorn"], CORPUS), [0, 0, 0]);
  assert.deepEqual(bm25Rank(["unicorn"], CORPUS), []);
  assert.deepEqual(bm25Scores([], CORPUS), [0, 0, 0]);
  // Tokens that are also Object property names are ordinary tokens: absent here...
  assert.deepEqual(bm25Scores(["constructor", "toString"], CORPUS), [0, 0, 0]);
  // ...and present here, in one of two documents of length 2: idf ln 2, and 2.2 / (1 + 1.2) = 1.
  assertListClose(bm25Scores(["constructor", "toString"], [["constructor", "x"], ["y", "z"]]), [Math.log(2), 0]);
});

test("a repeated query term counts each time", () => {
  const once = bm25Scores(["cat"], CORPUS);
  assertListClose(bm25Scores(["cat", "cat"], CORPUS), once.map((s) => 2 * s));
});

test("ties keep corpus order and zero scores are left out", () => {
  const corpus = [["z"], ["b", "a"], ["q", "r"], ["a", "b"], ["a", "c"]];
  const scores = bm25Scores(["a", "b"], corpus);
  assert.equal(scores[1], scores[3]);
  assert.deepEqual(bm25Rank(["a", "b"], corpus), [1, 3, 4]);
});

test("empty documents count towards the average length", () => {
  // Lengths 1, 0 and 3: avgdl = 4/3. "b" is in one document of three.
  const idf = Math.log(1 + 2.5 / 1.5);
  assertListClose(bm25Scores(["a", "b"], [["a"], [], ["b", "b", "b"]]), [termScore(idf, 1, 1, 4 / 3), 0, termScore(idf, 3, 3, 4 / 3)]);
  assert.deepEqual(bm25Scores(["a"], [[], []]), [0, 0]);
  assert.deepEqual(bm25Rank(["a"], [[], []]), []);
  assert.deepEqual(bm25Scores(["a"], []), []);
});

test("document frequency is counted once for the corpus", () => {
  // 8,000 documents of 40 tokens: counting document frequencies once takes well under a second;
  // recounting them by scanning the corpus for every matching document and query term costs over
  // 100 times more.
  const out = runWithCpuLimit(
    `const corpus = Array.from({ length: 8000 }, (_, d) =>
       Array.from({ length: 40 }, (_, i) => "w" + ((d * 31 + i * 17 + ((d * i) % 7)) % 61)));
     const scores = m.bm25Scores(["w1", "w17", "w30", "w60", "nope"], corpus);
     return [scores.length, scores[0], scores[1], scores[1234], scores[7999]];`,
    2000,
  ) as number[];
  const corpus = Array.from({ length: 8000 }, (_, d) => Array.from({ length: 40 }, (_, i) => `w${(d * 31 + i * 17 + ((d * i) % 7)) % 61}`));
  const query = ["w1", "w17", "w30", "w60", "nope"];
  const df = new Map(query.map((t) => [t, corpus.filter((doc) => doc.includes(t)).length]));
  assert.equal(out[0], 8000);
  [0, 1, 1234, 7999].forEach((d, i) => {
    const want = query
      .filter((t) => corpus[d].includes(t))
      .reduce((s, t) => s + termScore(Math.log(1 + (8000 - df.get(t)! + 0.5) / (df.get(t)! + 0.5)), corpus[d].filter((x) => x === t).length, 40, 40), 0);
    assert.ok(want > 0);
    assert.ok(Math.abs(out[i + 1] - want) < 1e-12, `document ${d}: ${out[i + 1]} != ${want}`);
  });
});

test("invalid parameters throw RangeError", () => {
  for (const [k1, b] of [[-0.1, 0.75], [1.2, -0.01], [1.2, 1.5]]) {
    assert.throws(() => bm25Scores(["a"], [["a"]], k1, b), RangeError, `k1 ${k1}, b ${b}`);
    assert.throws(() => bm25Rank(["a"], [["a"]], k1, b), RangeError, `k1 ${k1}, b ${b}`);
  }
});
