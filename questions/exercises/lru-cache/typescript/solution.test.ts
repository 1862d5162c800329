import { test } from "node:test";
import assert from "node:assert/strict";
import { LRUCache } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("example sequence", () => {
  const c = new LRUCache<number, string>(2);
  c.put(1, "a");
  c.put(2, "b");
  assert.equal(c.get(1), "a");
  c.put(3, "c"); // evicts 2
  assert.equal(c.get(2), undefined);
  c.put(4, "d"); // evicts 1
  assert.equal(c.get(1), undefined);
  assert.equal(c.get(3), "c");
  assert.equal(c.get(4), "d");
});

test("missing key returns undefined", () => {
  const c = new LRUCache<string, number>(3);
  assert.equal(c.get("nope"), undefined);
});

test("null value is not missing", () => {
  const c = new LRUCache<string, number | null>(2);
  c.put("a", null);
  assert.equal(c.get("a"), null);
  assert.equal(c.get("b"), undefined);
});

test("updating an existing key refreshes it and does not evict", () => {
  const c = new LRUCache<number, number>(2);
  c.put(1, 1);
  c.put(2, 2);
  c.put(1, 10); // update: 1 becomes most recent, nothing evicted
  assert.equal(c.size(), 2);
  c.put(3, 3); // evicts 2
  assert.equal(c.get(1), 10);
  assert.equal(c.get(2), undefined);
  assert.equal(c.get(3), 3);
});

test("an update in a full cache evicts nothing", () => {
  const c = new LRUCache<number, number>(2);
  c.put(1, 1);
  c.put(2, 2);
  c.put(2, 20); // 2 is already cached: the full cache must not make room
  assert.equal(c.size(), 2);
  assert.equal(c.get(1), 1);
  assert.equal(c.get(2), 20);
});

test("get refreshes recency", () => {
  const c = new LRUCache<string, string>(3);
  for (const k of ["a", "b", "c"]) c.put(k, k.toUpperCase());
  c.get("a"); // order (old -> new): b, c, a
  c.put("d", "D"); // evicts b
  assert.equal(c.get("b"), undefined);
  assert.deepEqual(["a", "c", "d"].map((k) => c.get(k)), ["A", "C", "D"]);
});

test("a missing get does not change the order", () => {
  const c = new LRUCache<number, number>(2);
  c.put(1, 1);
  c.put(2, 2);
  c.get(99);
  c.put(3, 3); // still evicts 1
  assert.equal(c.get(1), undefined);
  assert.equal(c.get(2), 2);
});

test("capacity one", () => {
  const c = new LRUCache<string, number>(1);
  c.put("x", 1);
  c.put("y", 2);
  assert.equal(c.get("x"), undefined);
  assert.equal(c.get("y"), 2);
  assert.equal(c.size(), 1);
});

test("size never exceeds capacity", () => {
  const c = new LRUCache<number, number>(3);
  assert.equal(c.size(), 0);
  for (let i = 0; i < 10; i++) {
    c.put(i, i);
    assert.equal(c.size(), Math.min(i + 1, 3));
  }
});

test("invalid capacity throws RangeError", () => {
  assert.throws(() => new LRUCache<number, number>(0), RangeError);
  assert.throws(() => new LRUCache<number, number>(-5), RangeError);
});

test("keeps its own recency order, not a Map's or Set's insertion order", () => {
  // Taking the oldest key from a Map or Set means iterating it; count every way to start that.
  type Methods = Record<string | symbol, (...args: unknown[]) => unknown>;
  const names: (string | symbol)[] = ["keys", "values", "entries", "forEach", Symbol.iterator];
  const patched: { proto: Methods; name: string | symbol; original: (...args: unknown[]) => unknown }[] = [];
  let iterations = 0;
  for (const proto of [Map.prototype, Set.prototype] as unknown as Methods[]) {
    for (const name of names) {
      const original = proto[name];
      patched.push({ proto, name, original });
      proto[name] = function (this: unknown, ...args: unknown[]) {
        iterations++;
        return original.apply(this, args);
      };
    }
  }
  try {
    const c = new LRUCache<number, number>(3);
    for (let i = 0; i < 10; i++) {
      c.put(i, i);
      c.get(i - 2);
    }
  } finally {
    for (const { proto, name, original } of patched) proto[name] = original;
  }
  assert.equal(iterations, 0, "iterates a Map or Set: keep the recency order in your own linked list");
});

test("large workload, constant time per operation", () => {
  const out = runWithCpuLimit(
    `const c = new m.LRUCache(200000);
     for (let i = 0; i < 200000; i++) c.put(i, i * 2);
     let hits = 0;
     for (let i = 199999; i >= 0; i--) if (c.get(i) !== undefined) hits++; // 0 ends up most recent
     for (let i = 200000; i < 300000; i++) c.put(i, i * 2); // evicts 199,999 down to 100,000
     return [hits, c.size(), c.get(100000) ?? "missing", c.get(99999), c.get(199999) ?? "missing", c.get(299999)];`,
    2000,
  );
  assert.deepEqual(out, [200_000, 200_000, "missing", 199_998, "missing", 599_998]);
});
