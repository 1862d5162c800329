import { test } from "node:test";
import assert from "node:assert/strict";
import { iou, nms } from "./solution.ts";
import type { Box } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertClose(actual: number, expected: number, eps = 1e-12): void {
  assert.ok(Math.abs(actual - expected) <= eps, `${actual} != ${expected}`);
}

const A: Box = [0, 0, 10, 10];
const B: Box = [1, 1, 11, 11]; // IoU with A: 81 / 119
const C: Box = [20, 20, 30, 30]; // overlaps nothing
const D: Box = [2, 0, 12, 10]; // IoU with A: 80 / 120, with B: 81 / 119

test("iou: partial overlaps", () => {
  assertClose(iou(A, B), 81 / 119);
  assertClose(iou(A, D), 2 / 3);
  assertClose(iou([0, 0, 2, 2], [1, 1, 3, 3]), 1 / 7);
  assertClose(iou([0, 0, 2, 1], [1, 0, 3, 1]), 1 / 3);
});

test("iou: symmetric", () => {
  assertClose(iou(B, A), iou(A, B));
  assertClose(iou(D, B), 81 / 119);
});

test("iou: identical and nested", () => {
  assert.equal(iou(A, A), 1);
  assertClose(iou([0, 0, 4, 4], [1, 1, 2, 2]), 1 / 16);
  assertClose(iou([0.5, 0.5, 1.5, 2.5], [0.5, 0.5, 1.5, 2.5]), 1);
});

test("iou: disjoint and touching", () => {
  assert.equal(iou([0, 0, 1, 1], [2, 2, 3, 3]), 0); // both gaps negative
  assert.equal(iou([0, 0, 1, 1], [2, 0, 3, 1]), 0);
  assert.equal(iou([0, 0, 1, 1], [1, 0, 2, 1]), 0); // shared edge
  assert.equal(iou([0, 0, 1, 1], [1, 1, 2, 2]), 0); // shared corner
  assert.equal(iou(A, C), 0);
});

test("iou: zero-area boxes", () => {
  assert.equal(iou([1, 1, 1, 1], [1, 1, 1, 1]), 0);
  assert.equal(iou([1, 1, 1, 1], [0, 0, 2, 2]), 0);
  assert.equal(iou([0, 1, 4, 1], [0, 1, 4, 1]), 0);
});

test("iou: invalid boxes throw RangeError", () => {
  for (const box of [[2, 0, 1, 1], [0, 2, 1, 1], [0, 0, NaN, 1]] as Box[]) {
    assert.throws(() => iou(box, [0, 0, 1, 1]), RangeError, `[${box}]`);
  }
});

test("nms: example from the prompt", () => {
  assert.deepEqual(nms([A, B], [0.9, 0.8], 0.5), [0]);
  assert.deepEqual(nms([A, B], [0.9, 0.8], 0.7), [0, 1]);
  assert.deepEqual(nms([A, B], [0.8, 0.9], 0.5), [1]);
});

test("nms: thresholds on four boxes", () => {
  const boxes = [A, B, C, D];
  const scores = [0.9, 0.8, 0.7, 0.85];
  assert.deepEqual(nms(boxes, scores, 0.5), [0, 2]);
  assert.deepEqual(nms(boxes, scores, 0.67), [0, 3, 2]); // D: 0.667 <= 0.67; B: 0.681 > 0.67
  assert.deepEqual(nms(boxes, scores, 0.7), [0, 3, 1, 2]);
});

test("nms: an IoU equal to the threshold is kept", () => {
  // Intersection 2, union 3 + 3 - 2 = 4: IoU exactly 0.5.
  assert.deepEqual(nms([[0, 0, 3, 1], [1, 0, 4, 1]], [0.9, 0.8], 0.5), [0, 1]);
});

test("nms: a suppressed box suppresses nothing", () => {
  // Y overlaps X and Z by 1/3 each; X and Z only touch. Y goes, Z stays.
  const x: Box = [0, 0, 10, 10];
  const y: Box = [5, 0, 15, 10];
  const z: Box = [10, 0, 20, 10];
  assert.deepEqual(nms([x, y, z], [0.9, 0.8, 0.7], 0.3), [0, 2]);
  assert.deepEqual(nms([z, y, x], [0.7, 0.8, 0.9], 0.3), [2, 0]);
});

test("nms: equal scores go in index order", () => {
  assert.deepEqual(nms([A, A], [0.5, 0.5], 0.5), [0]);
  assert.deepEqual(nms([C, A, B], [0.5, 0.5, 0.5], 0.9), [0, 1, 2]);
  assert.deepEqual(nms([B, C, A], [0.3, 0.6, 0.6], 0.5), [1, 2]);
});

test("nms: extreme thresholds", () => {
  assert.deepEqual(nms([A, A, B], [0.1, 0.3, 0.2], 1), [1, 2, 0]);
  assert.deepEqual(nms([[0, 0, 1, 1], [1, 0, 2, 1], [0.5, 0, 1.5, 1]], [0.9, 0.8, 0.7], 0), [0, 1]);
});

test("nms: scores of different magnitudes", () => {
  assert.deepEqual(nms([A, C, [40, 40, 41, 41]], [9, 10, 100], 0.5), [2, 1, 0]);
});

test("nms: no boxes", () => {
  assert.deepEqual(nms([], [], 0.5), []);
});

test("nms: the inputs are not modified", () => {
  const boxes: Box[] = [[...A], [...B], [...C], [...D]];
  const scores = [0.9, 0.8, 0.7, 0.85];
  nms(boxes, scores, 0.5);
  assert.deepEqual([boxes, scores], [[A, B, C, D], [0.9, 0.8, 0.7, 0.85]]);
});

test("nms: invalid input throws RangeError", () => {
  const cases: Array<[Box[], number[], number]> = [
    [[A, B], [0.9], 0.5],
    [[A], [0.9], -0.1],
    [[A], [0.9], 1.5],
    [[A, [5, 5, 4, 6]], [0.9, 0.8], 0.5],
    [[A, B], [0.9, NaN], 0.5],
    [[A], [0.9], NaN],
  ];
  cases.forEach(([boxes, scores, threshold], i) => assert.throws(() => nms(boxes, scores, threshold), RangeError, `case ${i}`));
});
