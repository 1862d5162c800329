import { test } from "node:test";
import assert from "node:assert/strict";
import { MinHeap } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/** Pops exactly size() items (a broken pop that never shrinks the heap cannot loop forever). */
function drain(h: MinHeap): number[] {
  const out: number[] = [];
  for (let k = h.size(); k > 0; k--) out.push(h.pop());
  assert.equal(h.size(), 0, "size() after popping every item");
  return out;
}

/** Compares long arrays by length and first difference (a full diff of long arrays is slow). */
function assertSameList(got: readonly number[], want: readonly number[]): void {
  assert.equal(got.length, want.length, "wrong number of items");
  const i = got.findIndex((g, k) => g !== want[k]);
  if (i >= 0) assert.fail(`first difference at index ${i}: got ${got[i]}, expected ${want[i]}`);
}

/** Numbers that count how often they are compared (`<`, `<=`, `>`, `>=` call valueOf on both sides). */
let valueReads = 0;
function counted(v: number): number {
  return { valueOf: () => (valueReads++, v) } as unknown as number;
}

/** Small deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("push then pop in order", () => {
  const h = new MinHeap();
  for (const x of [5, 3, 8, 1, 9, 2]) h.push(x);
  assert.deepEqual(drain(h), [1, 2, 3, 5, 8, 9]);
});

test("example", () => {
  const h = new MinHeap([5, 3, 8]);
  h.push(1);
  assert.equal(h.peek(), 1);
  assert.equal(h.pop(), 1);
  assert.equal(h.pop(), 3);
  assert.equal(h.size(), 2);
});

test("empty heap", () => {
  const h = new MinHeap();
  assert.equal(h.size(), 0);
  assert.throws(() => h.pop(), Error);
  assert.throws(() => h.peek(), Error);
});

test("single element", () => {
  const h = new MinHeap();
  h.push(42);
  assert.equal(h.peek(), 42);
  assert.equal(h.pop(), 42);
  assert.equal(h.size(), 0);
  assert.throws(() => h.pop(), Error);
});

test("peek does not remove", () => {
  const h = new MinHeap([4, 2]);
  assert.equal(h.peek(), 2);
  assert.equal(h.peek(), 2);
  assert.equal(h.size(), 2);
});

test("duplicates, negatives and floats", () => {
  const h = new MinHeap([3, -1, 2.5, -1, 0, 3, -7.25]);
  assert.deepEqual(drain(h), [-7.25, -1, -1, 0, 2.5, 3, 3]);
});

test("constructor copies its input", () => {
  const items = [9, 4, 7, 1];
  const h = new MinHeap(items);
  h.push(0);
  h.pop();
  assert.deepEqual(items, [9, 4, 7, 1]);
  assert.deepEqual(drain(h), [1, 4, 7, 9]);
});

test("interleaved operations against a sorted list", () => {
  const rand = rng(7);
  const h = new MinHeap();
  const model: number[] = [];
  for (let i = 0; i < 2000; i++) {
    if (model.length > 0 && rand() < 0.4) {
      model.sort((x, y) => x - y);
      assert.equal(h.pop(), model.shift());
    } else {
      const x = Math.floor(rand() * 101) - 50;
      h.push(x);
      model.push(x);
    }
    assert.equal(h.size(), model.length);
    if (model.length > 0) assert.equal(h.peek(), Math.min(...model));
  }
});

test("large heap, logarithmic operations", () => {
  const out = runWithCpuLimit(
    `let s = 2024;
     const values = [];
     for (let i = 0; i < 100000; i++) {
       s = (Math.imul(s, 1103515245) + 12345) >>> 0; // 32-bit LCG, deterministic
       values.push(s % 1000000);
     }
     const h = new m.MinHeap(values); // O(n) construction
     const popped = [];
     for (let i = 0; i < 20000; i++) {
       h.push(2000000 + i); // larger than every initial value
       popped.push(h.pop());
     }
     const expected = [...values].sort((x, y) => x - y).slice(0, 20000);
     const same = popped.every((v, i) => v === expected[i]);
     return [same, popped.length, h.size()];`,
    3000,
  );
  assert.deepEqual(out, [true, 20_000, 100_000]);
});

test("many pushes, then pops", () => {
  const rand = rng(99);
  const values: number[] = [];
  for (let i = 0; i < 3_000; i++) values.push(Math.floor(rand() * 2001) - 1000);
  const h = new MinHeap();
  for (const v of values) h.push(v);
  assertSameList(drain(h), [...values].sort((x, y) => x - y));
});

test("construction is O(n), not n pushes", () => {
  // Descending input is the worst case for both: bottom-up heapify needs about 2n comparisons,
  // n pushes need about n log2 n (each new item climbs to the root).
  const n = 1024;
  const items = Array.from({ length: n }, (_, i) => counted(n - i));
  valueReads = 0;
  const h = new MinHeap(items);
  const comparisons = valueReads / 2;
  assert.ok(comparisons <= 4 * n, `${comparisons} comparisons to build from ${n} items: not O(n)`);
  assertSameList(drain(h).map(Number), Array.from({ length: n }, (_, i) => i + 1));
});

test("push and pop are O(log n), not a scan", () => {
  const n = 4096; // log2 n = 12
  const h = new MinHeap(Array.from({ length: n }, (_, i) => counted((i * 7919) % n)));
  const pairs = 200;
  valueReads = 0;
  const popped: number[] = [];
  for (let i = 0; i < pairs; i++) {
    h.push(counted(n + i));
    popped.push(Number(h.pop()));
  }
  const comparisons = valueReads / 2;
  assert.ok(comparisons <= pairs * 4 * 12, `${comparisons} comparisons for ${pairs} push/pop pairs on ${n} items: not O(log n)`);
  assertSameList(popped, Array.from({ length: pairs }, (_, i) => i));
});
