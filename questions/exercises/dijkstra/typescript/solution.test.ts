import { test } from "node:test";
import assert from "node:assert/strict";
import { dijkstra, shortestPath } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

type Edge = [number, number, number];

/** `path` runs from source to target along edges and its cheapest edge choices add up to `length`. */
function assertPath(edges: Edge[], path: number[] | null, source: number, target: number, length: number): void {
  assert.ok(path !== null, "the target is reachable");
  assert.deepEqual([path[0], path[path.length - 1]], [source, target], "the path must start at source and end at target");
  const cheapest = new Map<string, number>();
  for (const [u, v, w] of edges) cheapest.set(`${u},${v}`, Math.min(w, cheapest.get(`${u},${v}`) ?? Infinity));
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const w = cheapest.get(`${path[i - 1]},${path[i]}`);
    assert.ok(w !== undefined, `there is no edge ${path[i - 1]} -> ${path[i]}`);
    total += w;
  }
  assert.ok(Math.abs(total - length) < 1e-9, `path length ${total} != ${length}`);
}

const EXAMPLE: Edge[] = [[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 1], [2, 3, 5], [3, 4, 3]];

test("example from the prompt", () => {
  assert.deepEqual(dijkstra(5, EXAMPLE, 0), [0, 3, 1, 4, 7]);
  assert.deepEqual(shortestPath(5, EXAMPLE, 0, 4), [0, 2, 1, 3, 4]);
  assert.deepEqual(shortestPath(5, EXAMPLE, 0, 1), [0, 2, 1]);
});

test("edges are one-way", () => {
  assert.deepEqual(dijkstra(5, EXAMPLE, 4), [Infinity, Infinity, Infinity, Infinity, 0]);
  assert.deepEqual(dijkstra(5, EXAMPLE, 2), [Infinity, 2, 0, 3, 6]);
  assert.equal(shortestPath(5, EXAMPLE, 4, 0), null);
});

test("a cheap route found late wins", () => {
  // The first edges popped lead to 3 expensively; the cheap route is found after 3 is first reached.
  const edges: Edge[] = [[0, 3, 10], [0, 1, 1], [1, 2, 1], [2, 3, 1], [3, 4, 1]];
  assert.deepEqual(dijkstra(5, edges, 0), [0, 1, 2, 3, 4]);
  assert.deepEqual(shortestPath(5, edges, 0, 4), [0, 1, 2, 3, 4]);
});

test("many hops beat few", () => {
  assert.deepEqual(dijkstra(5, [[0, 4, 9], [0, 1, 2], [1, 2, 2], [2, 3, 2], [3, 4, 2]], 0), [0, 2, 4, 6, 8]);
});

test("parallel edges and self-loops", () => {
  assert.deepEqual(dijkstra(2, [[0, 1, 5], [0, 1, 2], [0, 1, 7]], 0), [0, 2]);
  assert.deepEqual(dijkstra(3, [[0, 0, 3], [0, 1, 1], [1, 1, 0], [1, 2, 1]], 0), [0, 1, 2]);
});

test("zero and fractional weights", () => {
  assert.deepEqual(dijkstra(3, [[0, 1, 0], [1, 2, 0]], 0), [0, 0, 0]);
  const distances = dijkstra(3, [[0, 1, 0.5], [1, 2, 0.25], [0, 2, 1]], 0);
  [0, 0.5, 0.75].forEach((want, i) => assert.ok(Math.abs(distances[i] - want) < 1e-12, `vertex ${i}: ${distances[i]}`));
});

test("unreachable vertices and a single vertex", () => {
  assert.deepEqual(dijkstra(4, [[0, 1, 1], [2, 3, 1]], 0), [0, 1, Infinity, Infinity]);
  assert.equal(shortestPath(4, [[0, 1, 1], [2, 3, 1]], 0, 3), null);
  assert.deepEqual(dijkstra(1, [], 0), [0]);
  assert.deepEqual(shortestPath(1, [], 0, 0), [0]);
  assert.deepEqual(shortestPath(5, EXAMPLE, 3, 3), [3]);
});

test("edges are not modified", () => {
  const edges = EXAMPLE.map((edge) => [...edge] as Edge);
  dijkstra(5, edges, 0);
  shortestPath(5, edges, 0, 4);
  assert.deepEqual(edges, [[0, 1, 4], [0, 2, 1], [2, 1, 2], [1, 3, 1], [2, 3, 5], [3, 4, 3]]);
});

test("invalid input throws RangeError", () => {
  const cases = [
    () => dijkstra(3, [[0, 1, -1]], 0),
    () => dijkstra(3, [[0, 3, 1]], 0),
    () => dijkstra(3, [[-1, 0, 1]], 0),
    () => dijkstra(3, [], 3),
    () => dijkstra(3, [], -1),
    () => dijkstra(0, [], 0),
    () => shortestPath(3, [[0, 1, 1]], 0, 3),
    () => shortestPath(3, [[0, 1, 1]], 0, -1),
    () => shortestPath(3, [[1, 2, -0.5]], 0, 2),
  ];
  cases.forEach((call, i) => assert.throws(call, RangeError, `case ${i}`));
});

test("100,000 vertices", () => {
  // Steps of +1 cost 1, +2 cost 3 and +3 cost 2: the best route to i takes i // 3 steps of +3
  // and i % 3 steps of +1, so its length is 2 * (i // 3) + i % 3.
  const out = runWithCpuLimit(
    `const n = 100000;
     const edges = [];
     for (let i = n - 1; i >= 0; i--) {
       for (const [step, weight] of [[2, 3], [1, 1], [3, 2]]) if (i + step < n) edges.push([i, i + step, weight]);
     }
     const dist = m.dijkstra(n, edges, 0);
     const wrong = [];
     for (let i = 0; i < n && wrong.length < 5; i++) if (dist[i] !== 2 * Math.floor(i / 3) + (i % 3)) wrong.push(i);
     const path = m.shortestPath(n, edges, 0, 1000);
     return [dist.length, wrong, path];`,
    5000,
  ) as [number, number[], number[] | null];
  assert.equal(out[0], 100_000);
  assert.deepEqual(out[1], [], "vertices with a wrong distance");
  const edges: Edge[] = [];
  for (let i = 0; i <= 1000; i++) for (const [step, weight] of [[2, 3], [1, 1], [3, 2]]) edges.push([i, i + step, weight]);
  assertPath(edges, out[2], 0, 1000, 2 * 333 + 1);
});
