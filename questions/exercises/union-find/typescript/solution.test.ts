import { test } from "node:test";
import assert from "node:assert/strict";
import { UnionFind, redundantEdge } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("a fresh structure", () => {
  const uf = new UnionFind(5);
  assert.equal(uf.components(), 5);
  for (let x = 0; x < 5; x++) {
    assert.equal(uf.find(x), x);
    assert.equal(uf.size(x), 1);
    assert.equal(uf.connected(x, x), true);
  }
  assert.equal(uf.connected(0, 1), false);
});

test("example from the prompt", () => {
  const uf = new UnionFind(5);
  assert.equal(uf.union(0, 1), true);
  assert.equal(uf.union(2, 3), true);
  assert.equal(uf.union(1, 3), true);
  assert.equal(uf.union(0, 2), false);
  assert.equal(uf.size(3), 4);
  assert.equal(uf.components(), 2);
  assert.equal(uf.connected(0, 3), true);
  assert.equal(uf.connected(0, 4), false);
  assert.equal(uf.size(4), 1);
});

test("a repeated union changes nothing", () => {
  const uf = new UnionFind(4);
  assert.equal(uf.union(1, 2), true);
  for (const [a, b] of [[1, 2], [2, 1], [2, 2], [0, 0]]) assert.equal(uf.union(a, b), false, `union(${a}, ${b})`);
  assert.equal(uf.components(), 3);
  assert.deepEqual([uf.size(1), uf.size(2), uf.size(0)], [2, 2, 1]);
});

test("the representative is shared and a member", () => {
  const uf = new UnionFind(8);
  for (const [a, b] of [[0, 1], [2, 3], [4, 5], [6, 7], [1, 3], [5, 7], [3, 7]]) assert.equal(uf.union(a, b), true);
  const root = uf.find(0);
  assert.ok(Number.isInteger(root) && root >= 0 && root < 8, `representative ${root}`);
  assert.deepEqual(Array.from({ length: 8 }, (_, x) => uf.find(x)), new Array(8).fill(root));
  assert.equal(uf.size(6), 8);
  assert.equal(uf.components(), 1);
});

test("find walks all the way to the root", () => {
  // Merging equal sets only at their roots builds a tree three levels deep, whatever the tie rule.
  for (let x = 0; x < 8; x++) {
    const uf = new UnionFind(8);
    for (const [a, b] of [[0, 1], [2, 3], [0, 2], [4, 5], [6, 7], [4, 6], [0, 4]]) uf.union(a, b);
    const first = uf.find(x); // the first query, before any other find has shortened the paths
    assert.deepEqual(Array.from({ length: 8 }, (_, y) => uf.find(y)), new Array(8).fill(first), `find(${x}) on a fresh tree`);
    assert.equal(uf.size(x), 8);
  }
});

test("sizes follow merges of unequal sets", () => {
  const uf = new UnionFind(7);
  uf.union(0, 1);
  uf.union(0, 2); // {0, 1, 2}
  uf.union(3, 4); // {3, 4}
  assert.equal(uf.size(4), 2);
  uf.union(4, 1); // {0, 1, 2, 3, 4}
  assert.deepEqual(Array.from({ length: 7 }, (_, x) => uf.size(x)), [5, 5, 5, 5, 5, 1, 1]);
  uf.union(6, 5);
  uf.union(5, 2);
  assert.deepEqual(Array.from({ length: 7 }, (_, x) => uf.size(x)), [7, 7, 7, 7, 7, 7, 7]);
});

test("an empty structure", () => {
  const uf = new UnionFind(0);
  assert.equal(uf.components(), 0);
  assert.throws(() => uf.find(0), RangeError);
});

test("invalid elements throw RangeError", () => {
  const uf = new UnionFind(3);
  const calls = [() => uf.find(3), () => uf.find(-1), () => uf.find(1.5), () => uf.union(0, 3), () => uf.union(-1, 0), () => uf.connected(0, -3), () => uf.size(-1), () => uf.size(7)];
  for (const call of calls) assert.throws(call, RangeError, call.toString());
  assert.equal(uf.components(), 3);
  assert.throws(() => new UnionFind(-1), RangeError);
});

test("redundant edge: example from the prompt", () => {
  assert.deepEqual(redundantEdge(4, [[0, 1], [1, 2], [2, 0], [2, 3]]), [2, 0]);
});

test("redundant edge: a forest has none", () => {
  assert.equal(redundantEdge(5, [[0, 1], [3, 4], [1, 2]]), null);
  assert.equal(redundantEdge(3, []), null);
});

test("redundant edge: the first of several", () => {
  assert.deepEqual(redundantEdge(4, [[0, 1], [2, 3], [1, 2], [3, 0], [1, 3]]), [3, 0]);
});

test("redundant edge: a self-loop and a repeated edge", () => {
  assert.deepEqual(redundantEdge(3, [[0, 1], [2, 2], [1, 0]]), [2, 2]);
  assert.deepEqual(redundantEdge(3, [[0, 1], [1, 2], [1, 0]]), [1, 0]);
});

test("redundant edge: an edge outside the graph", () => {
  assert.throws(() => redundantEdge(3, [[0, 1], [1, 3]]), RangeError);
  assert.throws(() => redundantEdge(3, [[0, -1]]), RangeError);
});

test("a long chain of unions", () => {
  // Runs in a child process with a time limit: deep trees make a slow or recursive find fail instead of hanging,
  // and so does relabelling a whole set on every union (quick-find, 1.6e11 steps here).
  const out = runWithCpuLimit(
    `const n = 400000;
     const uf = new m.UnionFind(n);
     for (let i = 0; i < n - 1; i++) uf.union(i, i + 1);
     const root = uf.find(n - 1);
     let same = true;
     for (let x = 0; x < n; x++) if (uf.find(x) !== root) same = false;
     return [same, uf.components(), uf.size(0), uf.connected(0, n - 1)];`,
    3000,
  );
  assert.deepEqual(out, [true, 1, 400_000, true]);
});
