import { test } from "node:test";
import assert from "node:assert/strict";
import { stratifiedSplit } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

/** train and test are ascending, share nothing and together hold every index once. */
function assertPartition(labels: unknown[], train: number[], test: number[]): void {
  const ascending = (xs: number[]): boolean => xs.every((x, i) => i === 0 || xs[i - 1] < x);
  assert.ok(ascending(train), "train indices must be ascending");
  assert.ok(ascending(test), "test indices must be ascending");
  const inTest = new Set(test);
  assert.deepEqual(train.filter((i) => inTest.has(i)), [], "an item is in both sets");
  assert.deepEqual([...train, ...test].sort((a, b) => a - b), labels.map((_, i) => i), "items lost or repeated");
}

function counts(labels: (string | number)[], indices: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of indices) out[String(labels[i])] = (out[String(labels[i])] ?? 0) + 1;
  return out;
}

function expectedTestCount(n: number, f: number): number {
  if (n === 1) return 0;
  return Math.min(Math.max(Math.floor(n * f + 0.5), 1), n - 1);
}

/** A small seeded generator (Park-Miller), so the random cases are the same on every run. */
function generator(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 48271) % 2147483647;
    return x % n;
  };
}

const EXAMPLE = ["cat", "dog", "cat", "cat", "dog", "bird", "cat", "dog", "cat", "dog"];
const repeat = (label: string, n: number): string[] => Array.from({ length: n }, () => label);

test("example from the prompt", () => {
  assert.deepEqual(stratifiedSplit(EXAMPLE, 0.4), { train: [0, 1, 3, 5, 7, 8], test: [2, 4, 6, 9] });
});

test("each class is split on its own", () => {
  // Alternating labels: taking every other item of the whole list would put only "b" in test.
  const labels = Array.from({ length: 12 }, (_, i) => (i % 2 ? "b" : "a"));
  assert.deepEqual(stratifiedSplit(labels, 0.5), { train: [0, 1, 4, 5, 8, 9], test: [2, 3, 6, 7, 10, 11] });
});

test("counts round half up", () => {
  // Classes of 10, 6, 18, 7, 8 and 9 items at 0.25:
  // 2.5 -> 3, 1.5 -> 2, 4.5 -> 5, 1.75 -> 2, 2.0 -> 2, 2.25 -> 2.
  const sizes: [string, number][] = [["a", 10], ["b", 6], ["c", 18], ["d", 7], ["e", 8], ["f", 9]];
  const labels = sizes.flatMap(([label, n]) => repeat(label, n));
  const { train, test } = stratifiedSplit(labels, 0.25);
  assert.deepEqual(counts(labels, test), { a: 3, b: 2, c: 5, d: 2, e: 2, f: 2 });
  assert.deepEqual(test, [1, 5, 8, 11, 14, 17, 21, 25, 28, 32, 35, 39, 43, 47, 51, 55]);
  assertPartition(labels, train, test);
});

test("the test items are spread through the class", () => {
  // 10 items at 0.3: 3 test items, the middles of three slices: positions 1, 5 and 8.
  assert.deepEqual(stratifiedSplit(repeat("x", 10), 0.3), { train: [0, 2, 3, 4, 6, 7, 9], test: [1, 5, 8] });
  // The positions count within the class, not in the whole list.
  const labels = Array.from({ length: 20 }, (_, i) => (i % 2 ? "x" : "y"));
  assert.deepEqual(stratifiedSplit(labels, 0.3).test, [2, 3, 10, 11, 16, 17]);
});

test("tiny classes", () => {
  // One item: train only. Two items: one each way, whatever the fraction.
  // Three items at 0.9: 2.7 rounds to 3, but one must stay in train.
  const labels = ["solo", "pair", "pair", "trio", "trio", "trio"];
  assert.deepEqual(stratifiedSplit(labels, 0.9), { train: [0, 1, 4], test: [2, 3, 5] });
  assert.deepEqual(stratifiedSplit(["pair", "pair", "solo"], 0.1), { train: [0, 2], test: [1] });
  assert.deepEqual(stratifiedSplit(["only"], 0.5), { train: [0], test: [] });
});

test("every class count on random labels", () => {
  const next = generator(5);
  const fractions = [0.1, 0.2, 0.25, 0.5, 0.75, 0.9, 0.05];
  for (let trial = 0; trial < 200; trial++) {
    const alphabet = "abcdefg".slice(0, 1 + next(7));
    const labels = Array.from({ length: next(81) }, () => alphabet[next(alphabet.length)]);
    const f = fractions[next(fractions.length)];
    const { train, test } = stratifiedSplit(labels, f);
    assertPartition(labels, train, test);
    const sizes = counts(labels, labels.map((_, i) => i));
    const got = counts(labels, test);
    for (const [label, n] of Object.entries(sizes)) {
      assert.equal(got[label] ?? 0, expectedTestCount(n, f), `class ${label} of ${n} at ${f}`);
    }
  }
});

test("keeps class proportions", () => {
  // 10 000 items, 70% / 25% / 5%, interleaved: 20% of each class goes to test.
  const labels = Array.from({ length: 10_000 }, (_, i) => (i % 20 < 14 ? "major" : i % 20 < 19 ? "mid" : "rare"));
  const { train, test } = stratifiedSplit(labels, 0.2);
  assert.deepEqual(counts(labels, test), { major: 1400, mid: 500, rare: 100 });
  assert.deepEqual([train.length, test.length], [8000, 2000]);
  assert.deepEqual(test.slice(0, 12), [2, 7, 12, 16, 23, 28, 33, 36, 44, 49, 56, 59]);
  assertPartition(labels, train, test);
});

test("numbers and strings are different labels", () => {
  assert.deepEqual(stratifiedSplit([1, "1", 1, "1", 7, 7], 0.5), { train: [0, 1, 4], test: [2, 3, 5] });
});

test("deterministic, and the input is untouched", () => {
  const labels = [...EXAMPLE];
  const first = stratifiedSplit(labels, 0.4);
  assert.deepEqual(stratifiedSplit(labels, 0.4), first);
  assert.deepEqual(labels, EXAMPLE);
});

test("empty", () => {
  assert.deepEqual(stratifiedSplit([], 0.3), { train: [], test: [] });
});

test("an invalid fraction throws RangeError", () => {
  for (const f of [0, 1, -0.1, 1.5, NaN]) assert.throws(() => stratifiedSplit(EXAMPLE, f), RangeError, String(f));
});
