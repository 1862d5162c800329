import { test } from "node:test";
import assert from "node:assert/strict";
import { RunningMedian } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/** The median after each add. */
function medians(values: number[]): number[] {
  const rm = new RunningMedian();
  return values.map((x) => {
    rm.add(x);
    return rm.median();
  });
}

/** The same, worked out by sorting every prefix (slow, for short streams only). */
function bySorting(values: number[]): number[] {
  return values.map((_, i) => {
    const s = values.slice(0, i + 1).sort((a, b) => a - b);
    const n = s.length;
    return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  });
}

/** A small seeded generator (Park-Miller), so the random streams are the same on every run. */
function generator(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 48271) % 2147483647;
    return x;
  };
}

test("example from the prompt", () => {
  assert.deepEqual(medians([5, 15, 1, 3, 8, 7]), [5, 10, 5, 4, 5, 6]);
});

test("an even count averages the middle two", () => {
  assert.deepEqual(medians([1, 2]), [1, 1.5]);
  assert.deepEqual(medians([-3, -2]), [-3, -2.5]);
  assert.deepEqual(medians([10, 0, 7, 3]), [10, 5, 7, 5]);
  assert.deepEqual(medians([0.25, 0.5]), [0.25, 0.375]);
});

test("an odd count is the middle value", () => {
  assert.equal(medians([9, -4, 2, 100, -50]).at(-1), 2);
  assert.equal(medians([3, 1, 2]).at(-1), 2);
  // Compared as numbers, not as strings: "100" < "9".
  assert.equal(medians([100, 9, 20]).at(-1), 20);
});

test("duplicates", () => {
  assert.deepEqual(medians([4, 4, 4, 4, 4]), [4, 4, 4, 4, 4]);
  assert.deepEqual(medians([1, 1, 5, 5, 1, 5]), [1, 1, 1, 3, 1, 3]);
});

test("ascending and descending streams", () => {
  const up = Array.from({ length: 200 }, (_, i) => i + 1);
  assert.deepEqual(medians(up), up.map((n) => (n + 1) / 2));
  const down = Array.from({ length: 200 }, (_, i) => 200 - i);
  assert.deepEqual(medians(down), up.map((n) => 200 - (n - 1) / 2));
});

test("matches sorting on random streams", () => {
  const next = generator(7);
  for (let trial = 0; trial < 5; trial++) {
    const values = Array.from({ length: 400 }, () => (next() % 101) - 50); // many duplicates
    assert.deepEqual(medians(values), bySorting(values), `integer stream ${trial}`);
  }
  const values = Array.from({ length: 400 }, () => next() / 1000 - 1e6);
  const got = medians(values);
  bySorting(values).forEach((expected, i) => assert.ok(Math.abs(got[i] - expected) < 1e-6, `after value ${i}`));
});

test("median does not change the stream", () => {
  const rm = new RunningMedian();
  for (const x of [3, 9, 1]) rm.add(x);
  assert.deepEqual([rm.median(), rm.median()], [3, 3]);
  rm.add(10);
  assert.equal(rm.median(), 6);
});

test("size", () => {
  const rm = new RunningMedian();
  assert.equal(rm.size(), 0);
  [5, 5, -1, 8].forEach((x, i) => {
    rm.add(x);
    assert.equal(rm.size(), i + 1);
  });
});

test("an empty stream throws", () => {
  assert.throws(() => new RunningMedian().median(), Error);
});

test("a large stream", () => {
  // 100 000 values, the median after every one. Sum and checkpoints worked out separately with
  // order statistics in a Fenwick tree. Re-sorting on every add is far over the time limit.
  const out = runWithCpuLimit(
    `let x = 12345;
     const rm = new m.RunningMedian();
     let total = 0;
     const checkpoints = {};
     for (let i = 1; i <= 100000; i++) {
       x = (x * 48271) % 2147483647;
       rm.add((x % 1000003) - 500000);
       const median = rm.median();
       total += median;
       if ([1, 2, 3, 10, 1000, 99999, 100000].includes(i)) checkpoints[i] = median;
     }
     return { checkpoints, total, size: rm.size() };`,
    1500,
  );
  assert.deepEqual(out, {
    checkpoints: { 1: 403710, 2: 40131.5, 3: 251495, 10: -53346, 1000: -23146.5, 99999: -847, 100000: -836.5 },
    total: -321829509,
    size: 100000,
  });
});
