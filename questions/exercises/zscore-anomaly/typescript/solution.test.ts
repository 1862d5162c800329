import { test } from "node:test";
import assert from "node:assert/strict";
import { ZScoreDetector } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

function assertClose(actual: number, expected: number, eps = 1e-9): void {
  assert.ok(Math.abs(actual - expected) < eps, `${actual} != ${expected}`);
}

const feed = (d: ZScoreDetector, values: number[]): boolean[] => values.map((x) => d.update(x));

test("running statistics", () => {
  let d = new ZScoreDetector();
  assert.deepEqual([d.count, d.mean, d.variance], [0, 0, 0]);
  d.update(3);
  assert.deepEqual([d.count, d.mean, d.variance], [1, 3, 0]);
  d = new ZScoreDetector();
  feed(d, [2, 4, 4, 4, 5, 5, 7, 9]);
  assert.equal(d.count, 8);
  assertClose(d.mean, 5);
  assertClose(d.variance, 32 / 7);
  assertClose(d.std, Math.sqrt(32 / 7));
});

test("numerically stable for large values", () => {
  const d = new ZScoreDetector();
  feed(d, [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
  assertClose(d.mean, 1e9 + 10, 1e-4);
  assertClose(d.variance, 30, 1e-6);
});

test("nothing is flagged during warm-up", () => {
  assert.deepEqual(feed(new ZScoreDetector(3, 5), [1, 1000, -1000, 3, 5]), [false, false, false, false, false]);
  // The fifth value is 6 standard deviations from the first four, but it is still warm-up.
  const d = new ZScoreDetector(3, 5);
  assert.deepEqual(feed(d, [1, 1000, -1000, 3, 5000]), [false, false, false, false, false]);
  assert.equal(d.update(10_000), true);
});

test("flags values beyond the threshold on both sides", () => {
  const cases: Array<[number, boolean]> = [[15, true], [14, false], [5, true], [6, false]];
  for (const [x, expected] of cases) {
    const d = new ZScoreDetector(3, 5);
    feed(d, [10, 12, 11, 9, 8]);
    assert.equal(d.update(x), expected, `x=${x}`);
  }
});

test("exactly at the threshold is not an anomaly", () => {
  // After 1, 3, 5 the mean is 3 and the sample standard deviation exactly 2, so 9 and -3 are
  // exactly 3 standard deviations away: not strictly greater than the threshold.
  const cases: Array<[number, boolean]> = [[9, false], [-3, false], [9.001, true], [-3.001, true]];
  for (const [x, expected] of cases) {
    const d = new ZScoreDetector(3, 3);
    feed(d, [1, 3, 5]);
    assert.equal(d.update(x), expected, `x=${x}`);
  }
});

test("threshold parameter", () => {
  const d = new ZScoreDetector(2, 5);
  feed(d, [10, 12, 11, 9, 8]);
  assert.equal(d.update(14), true);
});

test("judges before updating and keeps anomalies", () => {
  const d = new ZScoreDetector(3, 5);
  feed(d, [10, 12, 11, 9, 8]);
  assert.equal(d.update(15), true);
  assert.equal(d.count, 6);
  assertClose(d.mean, 65 / 6);
});

test("constant stream", () => {
  const d = new ZScoreDetector(3, 3);
  assert.deepEqual(feed(d, [5, 5, 5, 5]), [false, false, false, false]);
  assert.equal(d.update(5.1), true);
});

test("invalid arguments", () => {
  assert.throws(() => new ZScoreDetector(0));
  assert.throws(() => new ZScoreDetector(3, 1));
});

/** A deterministic stream in [0, 100) with a spike of 1000 at every 10,000th value; the child builds the same. */
function streamValues(n: number): number[] {
  let state = 12345;
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    state = (state * 48271) % 2147483647;
    values.push(i % 10_000 === 9_999 ? 1000 : (state / 2147483647) * 100);
  }
  return values;
}

test("long stream in constant time per value", () => {
  // O(1) per value takes milliseconds; recomputing from all earlier values takes minutes.
  const n = 200_000;
  const [flagged, count, mean, variance] = runWithCpuLimit(
    `let state = 12345;
     const d = new m.ZScoreDetector(3, 30);
     const flagged = [];
     for (let i = 0; i < ${n}; i++) {
       state = (state * 48271) % 2147483647;
       if (d.update(i % 10000 === 9999 ? 1000 : (state / 2147483647) * 100)) flagged.push(i);
     }
     return [flagged, d.count, d.mean, d.variance];`,
    2000,
  ) as [number[], number, number, number];
  const values = streamValues(n);
  const spikes: number[] = [];
  for (let i = 0; i < n; i++) if (i % 10_000 === 9_999) spikes.push(i);
  assert.equal(flagged.length, spikes.length, "number of values flagged"); // before deepEqual: no giant diff
  assert.deepEqual(flagged, spikes);
  const expectedMean = values.reduce((s, x) => s + x, 0) / n;
  const expectedVariance = values.reduce((s, x) => s + (x - expectedMean) ** 2, 0) / (n - 1);
  assert.equal(count, n);
  assertClose(mean, expectedMean, 1e-6);
  assertClose(variance, expectedVariance, 1e-4);
});
