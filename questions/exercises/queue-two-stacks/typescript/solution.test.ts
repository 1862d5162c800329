import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { TwoStackQueue } from "./solution.ts";

/**
 * Run `body` (plain JavaScript that can use the solution module as `m` and
 * ends with `return <json-serialisable value>`) in a child process with a time
 * limit, so a solution that is too slow fails instead of hanging the run.
 */
function runWithTimeLimit(body: string, ms: number): unknown {
  const url = new URL("./solution.ts", import.meta.url).href;
  const code =
    `import * as m from ${JSON.stringify(url)};\n` +
    `const run = () => {\n${body}\n};\n` +
    `process.stdout.write(JSON.stringify(run()));`;
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
    { encoding: "utf8", timeout: ms, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error || result.signal) {
    assert.fail(`took longer than ${ms} ms: check the complexity`);
  }
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

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
  assert.throws(() => q.dequeue());
  q.enqueue("a");
  q.dequeue();
  assert.throws(() => q.dequeue());
});

test("peek on an empty queue throws", () => {
  assert.throws(() => new TwoStackQueue<number>().peek());
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

test("many operations, amortised constant time", () => {
  const out = runWithTimeLimit(
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
    5000,
  );
  assert.deepEqual(out, [0, 300_000, 100_000]);
});
