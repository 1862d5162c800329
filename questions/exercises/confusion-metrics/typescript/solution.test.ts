import { test } from "node:test";
import assert from "node:assert/strict";
import { classificationMetrics } from "./solution.ts";
import type { Metrics } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertMetrics(actual: Metrics, expected: Partial<Metrics>): void {
  assert.deepEqual(Object.keys(actual).sort(), ["accuracy", "f1", "fn", "fp", "precision", "recall", "tn", "tp"]);
  for (const [key, value] of Object.entries(expected)) {
    const got = actual[key as keyof Metrics];
    assert.ok(Math.abs(got - value) < 1e-9, `${key}: ${got} != ${value}`);
  }
}

test("example", () => {
  assertMetrics(classificationMetrics([1, 0, 1, 1, 0, 1, 0, 0], [1, 0, 0, 1, 1, 1, 0, 1], 1), {
    tp: 3, fp: 2, fn: 1, tn: 2, precision: 0.6, recall: 0.75, f1: 2 / 3, accuracy: 0.625,
  });
});

test("perfect predictions", () => {
  assertMetrics(classificationMetrics([1, 0, 1], [1, 0, 1], 1), {
    tp: 2, fp: 0, fn: 0, tn: 1, precision: 1, recall: 1, f1: 1, accuracy: 1,
  });
});

test("no predicted positives", () => {
  assertMetrics(classificationMetrics([1, 0, 1, 0], [0, 0, 0, 0], 1), {
    tp: 0, fp: 0, fn: 2, tn: 2, precision: 0, recall: 0, f1: 0, accuracy: 0.5,
  });
});

test("no positives at all", () => {
  assertMetrics(classificationMetrics([0, 0, 0], [0, 0, 0], 1), {
    tp: 0, fp: 0, fn: 0, tn: 3, precision: 0, recall: 0, f1: 0, accuracy: 1,
  });
});

test("all wrong", () => {
  assertMetrics(classificationMetrics([1, 0], [0, 1], 1), {
    tp: 0, fp: 1, fn: 1, tn: 0, precision: 0, recall: 0, f1: 0, accuracy: 0,
  });
});

test("string labels, one versus rest", () => {
  assertMetrics(classificationMetrics(["cat", "dog", "bird", "cat"], ["cat", "cat", "bird", "dog"], "cat"), {
    tp: 1, fp: 1, fn: 1, tn: 1, precision: 0.5, recall: 0.5, f1: 0.5, accuracy: 0.5,
  });
  assertMetrics(classificationMetrics(["cat", "dog", "bird"], ["cat", "bird", "dog"], "cat"), {
    tp: 1, fp: 0, fn: 0, tn: 2, accuracy: 1,
  });
});

test("other labels are negative", () => {
  assertMetrics(classificationMetrics([2, 1, 1], [1, 2, 1], 1), {
    tp: 1, fp: 1, fn: 1, tn: 0, precision: 0.5, recall: 0.5, f1: 0.5, accuracy: 1 / 3,
  });
});

test("labels compare with ===", () => {
  assertMetrics(classificationMetrics<number | string>([1, "1"], ["1", 1], 1), {
    tp: 0, fp: 1, fn: 1, tn: 0, accuracy: 0,
  });
});

test("empty input", () => {
  assertMetrics(classificationMetrics<number>([], [], 1), {
    tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, f1: 0, accuracy: 0,
  });
});

test("length mismatch", () => {
  assert.throws(() => classificationMetrics([1, 0], [1], 1), Error);
  assert.throws(() => classificationMetrics([1], [1, 0], 1), Error);
});
