import { test } from "node:test";
import assert from "node:assert/strict";
import { ZScoreDetector } from "./solution.ts";

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
});

test("flags values beyond the threshold on both sides", () => {
  const cases: Array<[number, boolean]> = [[15, true], [14, false], [5, true], [6, false]];
  for (const [x, expected] of cases) {
    const d = new ZScoreDetector(3, 5);
    feed(d, [10, 12, 11, 9, 8]);
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

test("long stream in constant time per value", () => {
  const n = 200_000;
  let state = 12345;
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    state = (state * 48271) % 2147483647;
    values.push(i % 10_000 === 9_999 ? 1000 : (state / 2147483647) * 100);
  }
  const d = new ZScoreDetector(3, 30);
  const flagged: number[] = [];
  values.forEach((x, i) => {
    if (d.update(x)) flagged.push(i);
  });
  const spikes: number[] = [];
  for (let i = 0; i < n; i++) if (i % 10_000 === 9_999) spikes.push(i);
  assert.deepEqual(flagged, spikes);
  const mean = values.reduce((s, x) => s + x, 0) / n;
  const variance = values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  assert.equal(d.count, n);
  assertClose(d.mean, mean, 1e-6);
  assertClose(d.variance, variance, 1e-4);
});
