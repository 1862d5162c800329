import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { TwoStackQueue } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("FIFO order", () => {
  const q = new TwoStackQueue<number>();
  for (const x of [1, 2, 3]) q.enqueue(x);
  assert.deepEqual([q.dequeue(), q.dequeue(), q.dequeue()], [1, 2, 3]);
});

test("new queue is empty", () => {
  const q = new TwoStackQueue<number>();
  assert.equal(q.isEmpty(), true);
  assert.equal(q.size(), 0);
});

test("dequeue on an empty queue throws", () => {
  const q = new TwoStackQueue<string>();
  assert.throws(() => q.dequeue(), Error);
  q.enqueue("a");
  assert.equal(q.dequeue(), "a");
  assert.throws(() => q.dequeue(), Error);
});

test("peek on an empty queue throws", () => {
  const q = new TwoStackQueue<string>();
  assert.throws(() => q.peek(), Error);
  q.enqueue("a");
  assert.equal(q.dequeue(), "a");
  assert.throws(() => q.peek(), Error);
});

test("peek does not remove", () => {
  const q = new TwoStackQueue<string>();
  q.enqueue("x");
  q.enqueue("y");
  assert.equal(q.peek(), "x");
  assert.equal(q.peek(), "x");
  assert.equal(q.size(), 2);
  assert.equal(q.dequeue(), "x");
});

test("interleaved operations", () => {
  const q = new TwoStackQueue<number>();
  q.enqueue(1);
  q.enqueue(2);
  assert.equal(q.dequeue(), 1);
  q.enqueue(3);
  assert.equal(q.peek(), 2);
  q.enqueue(4);
  assert.equal(q.dequeue(), 2);
  assert.equal(q.dequeue(), 3);
  q.enqueue(5);
  assert.deepEqual([q.dequeue(), q.dequeue()], [4, 5]);
  assert.equal(q.isEmpty(), true);
});

test("size tracks operations", () => {
  const q = new TwoStackQueue<number>();
  for (let i = 0; i < 5; i++) q.enqueue(i);
  q.dequeue();
  q.enqueue(99);
  q.dequeue();
  assert.equal(q.size(), 4);
  assert.equal(q.isEmpty(), false);
});

test("null and duplicates are valid items", () => {
  const q = new TwoStackQueue<number | null>();
  for (const x of [null, 0, null, 0]) q.enqueue(x);
  assert.equal(q.peek(), null);
  assert.deepEqual([q.dequeue(), q.dequeue(), q.dequeue(), q.dequeue()], [null, 0, null, 0]);
  assert.equal(q.isEmpty(), true);
});

test("refill only when the outbox is empty", () => {
  const q = new TwoStackQueue<number>();
  const out: number[] = [];
  for (let i = 0; i < 6; i++) {
    q.enqueue(2 * i);
    q.enqueue(2 * i + 1);
    out.push(q.dequeue());
  }
  while (!q.isEmpty()) out.push(q.dequeue());
  assert.deepEqual(out, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
});

test("only stack operations in the source", () => {
  const source = readFileSync(new URL("./solution.ts", import.meta.url), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "") // block comments
    .replace(/\/\/.*$/gm, ""); // line comments
  for (const method of ["shift", "unshift", "splice"]) {
    assert.ok(!new RegExp(`\\.\\s*${method}\\s*\\(`).test(source), `.${method}() is not a stack operation`);
  }
});

test("many operations, amortised constant time", () => {
  const out = runWithCpuLimit(
    `const q = new m.TwoStackQueue();
     let next = 0, expected = 0, mismatches = 0;
     for (let i = 0; i < 100000; i++) q.enqueue(next++);
     for (let i = 0; i < 200000; i++) {
       q.enqueue(next++);
       if (q.dequeue() !== expected) mismatches++;
       expected++;
     }
     const sizeBeforeDrain = q.size();
     while (!q.isEmpty()) {
       if (q.dequeue() !== expected) mismatches++;
       expected++;
     }
     return [mismatches, expected, sizeBeforeDrain];`,
    3000,
  );
  assert.deepEqual(out, [0, 300_000, 100_000]);
});
