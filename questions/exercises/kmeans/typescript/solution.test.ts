import { test } from "node:test";
import assert from "node:assert/strict";
import { kmeans } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function assertCentroidsClose(actual: number[][], expected: number[][]): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((row, i) => {
    assert.equal(row.length, expected[i].length);
    row.forEach((x, j) => assert.ok(Math.abs(x - expected[i][j]) < 1e-9, `[${i}][${j}]: ${x} != ${expected[i][j]}`));
  });
}

test("two clear clusters", () => {
  const points = [[0, 0], [0, 1], [1, 0], [10, 10], [10, 11], [11, 10]];
  const { centroids, labels } = kmeans(points, [[0, 0], [10, 10]]);
  assertCentroidsClose(centroids, [[1 / 3, 1 / 3], [31 / 3, 31 / 3]]);
  assert.deepEqual(labels, [0, 0, 0, 1, 1, 1]);
});

test("the example needs several iterations", () => {
  const { centroids, labels } = kmeans([[1], [2], [3], [10], [11], [12]], [[1], [2]]);
  assertCentroidsClose(centroids, [[2], [11]]);
  assert.deepEqual(labels, [0, 0, 0, 1, 1, 1]);
});

test("maxIter limits the updates", () => {
  const points = [[1], [2], [3], [10], [11], [12]];
  let result = kmeans(points, [[1], [2]], 1);
  assertCentroidsClose(result.centroids, [[1], [7.6]]);
  assert.deepEqual(result.labels, [0, 0, 0, 1, 1, 1]);
  result = kmeans(points, [[1], [2]], 0);
  assertCentroidsClose(result.centroids, [[1], [2]]);
  assert.deepEqual(result.labels, [0, 1, 1, 1, 1, 1]);
});

test("ties go to the lower index", () => {
  const { centroids, labels } = kmeans([[1]], [[0], [2]]);
  assertCentroidsClose(centroids, [[1], [2]]);
  assert.deepEqual(labels, [0]);
});

test("nearest by squared Euclidean distance", () => {
  // From (0, 0), centroid (2, 2) is nearer in Euclidean distance (8 against 9, squared)
  // but farther in Manhattan distance (4 against 3).
  const { centroids, labels } = kmeans([[0, 0]], [[2, 2], [3, 0]]);
  assertCentroidsClose(centroids, [[0, 0], [3, 0]]);
  assert.deepEqual(labels, [0]);
});

test("an empty cluster keeps its centroid", () => {
  let result = kmeans([[0], [1]], [[0], [100]]);
  assertCentroidsClose(result.centroids, [[0.5], [100]]);
  assert.deepEqual(result.labels, [0, 0]);
  result = kmeans([[0], [2]], [[1], [1]]);
  assertCentroidsClose(result.centroids, [[1], [1]]);
  assert.deepEqual(result.labels, [0, 0]);
});

test("three blobs", () => {
  const centres = [[0, 0], [50, 0], [0, 50]];
  const points: number[][] = [];
  for (const [cx, cy] of centres) {
    for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) points.push([cx + dx, cy + dy]);
  }
  const { centroids, labels } = kmeans(points, [[1, 1], [45, 3], [3, 45]]);
  assertCentroidsClose(centroids, [[0, 0], [50, 0], [0, 50]]);
  assert.deepEqual(labels, [...new Array<number>(25).fill(0), ...new Array<number>(25).fill(1), ...new Array<number>(25).fill(2)]);
});

test("inputs are not modified", () => {
  const points = [[0], [1], [9]];
  const initial = [[0], [9]];
  kmeans(points, initial);
  assert.deepEqual(points, [[0], [1], [9]]);
  assert.deepEqual(initial, [[0], [9]]);
});

test("no points", () => {
  const initial = [[1, 2]];
  const { centroids, labels } = kmeans([], initial);
  assert.deepEqual(centroids, [[1, 2]]);
  assert.notEqual(centroids[0], initial[0]);
  assert.deepEqual(labels, []);
});

test("invalid arguments", () => {
  assert.throws(() => kmeans([[1]], []));
  assert.throws(() => kmeans([[1, 2]], [[1]]));
  assert.throws(() => kmeans([[1]], [[1], [2, 3]]));
  assert.throws(() => kmeans([[1]], [[1]], -1));
});
