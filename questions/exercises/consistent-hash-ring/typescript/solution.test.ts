import { test } from "node:test";
import assert from "node:assert/strict";
import { HashRing, fnv1a32 } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

function ringOf(replicas: number, nodes: string[]): HashRing {
  const ring = new HashRing(replicas);
  for (const node of nodes) ring.addNode(node);
  return ring;
}

function owners(ring: HashRing, keys: string[]): (string | null)[] {
  return keys.map((key) => ring.getNode(key));
}

function counts(values: (string | null)[]): Map<string | null, number> {
  const out = new Map<string | null, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

const KEYS = Array.from({ length: 5000 }, (_, k) => `user:${k}`);

test("hash: known values", () => {
  // The first three are the published FNV-1a 32-bit test values.
  assert.equal(fnv1a32(""), 0x811c9dc5);
  assert.equal(fnv1a32("a"), 0xe40c292c);
  assert.equal(fnv1a32("foobar"), 0xbf9cf968);
  assert.equal(fnv1a32("A#0"), 1416880759);
});

test("hash: UTF-8 bytes, not UTF-16 code units", () => {
  // "é" is 2 bytes in UTF-8 and each of "日本" is 3: hash bytes, not characters.
  assert.equal(fnv1a32("café"), 2821410889);
  assert.equal(fnv1a32("日本"), 2670128721);
});

test("hash: an unsigned 32-bit integer", () => {
  for (const text of ["", "x", "a much longer key with spaces ".repeat(5), "user:123456"]) {
    const h = fnv1a32(text);
    assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 32, `${JSON.stringify(text)} -> ${h}`);
  }
});

test("example from the prompt", () => {
  // Points: 86207558 B#0, 102985177 B#1, 412703414 C#1, 429481033 C#0, 1400103140 A#1, 1416880759 A#0
  const ring = ringOf(2, ["A", "B", "C"]);
  assert.equal(ring.getNode("lime"), "C"); // 132336572 -> C#1
  assert.equal(ring.getNode("cherry"), "A"); // 1232791672 -> A#1
  assert.equal(ring.getNode("banana"), "B"); // 3649609552 -> wraps to B#0
  ring.removeNode("B");
  assert.equal(ring.getNode("banana"), "C"); // wraps to C#1 now
  assert.equal(ring.getNode("lime"), "C");
  assert.equal(ring.getNode("cherry"), "A");
});

test("a key on a point belongs to that point", () => {
  // A key named like a point hashes exactly onto it; the next point belongs to another node.
  const ring = ringOf(2, ["A", "B", "C"]);
  assert.equal(ring.getNode("A#0"), "A"); // the last point: the next would wrap to B#0
  assert.equal(ring.getNode("B#1"), "B"); // the next is C#1
  assert.equal(ring.getNode("C#0"), "C"); // the next is A#1
});

test("wraps around past the last point", () => {
  let ring = ringOf(2, ["A", "B", "C"]);
  // All these hash above the last point (A#0 at 1416880759): the first point, B#0, owns them.
  for (const key of ["banana", "date", "ugli", "user:10", "pear"]) {
    assert.ok(fnv1a32(key) > 1416880759, key);
    assert.equal(ring.getNode(key), "B", key);
  }
  ring = ringOf(1, ["B", "C"]); // points 86207558 B#0, 429481033 C#0
  assert.equal(ring.getNode("A#0"), "B");
  assert.equal(ring.getNode("lime"), "C");
});

test("an empty ring returns null", () => {
  const ring = new HashRing(3);
  assert.equal(ring.getNode("anything"), null);
  assert.equal(ring.size(), 0);
  ring.addNode("solo");
  ring.removeNode("solo");
  assert.equal(ring.getNode("anything"), null);
});

test("one node owns every key", () => {
  const ring = ringOf(5, ["solo"]);
  assert.deepEqual([...new Set(owners(ring, KEYS.slice(0, 500)))], ["solo"]);
});

test("removing a node moves only its keys", () => {
  const nodes = Array.from({ length: 6 }, (_, i) => `shard-${i}`);
  const ring = ringOf(50, nodes);
  const before = owners(ring, KEYS);
  ring.removeNode("shard-2");
  const after = owners(ring, KEYS);
  let onRemoved = 0;
  KEYS.forEach((key, i) => {
    if (before[i] === "shard-2") {
      onRemoved++;
      assert.ok(after[i] !== "shard-2" && nodes.includes(after[i] as string), `${key} -> ${after[i]}`);
    } else {
      assert.equal(after[i], before[i], `${key} moved although its node stayed`);
    }
  });
  assert.ok(onRemoved > 0);
  ring.addNode("shard-2");
  assert.deepEqual(owners(ring, KEYS), before, "adding the node back restores every key");
});

test("adding a node moves keys only to it", () => {
  const ring = ringOf(50, Array.from({ length: 5 }, (_, i) => `shard-${i}`));
  const before = owners(ring, KEYS);
  ring.addNode("shard-new");
  const after = owners(ring, KEYS);
  const movedTo = new Set(after.filter((owner, i) => owner !== before[i]));
  assert.deepEqual([...movedTo], ["shard-new"]);
});

test("the order of adding does not matter", () => {
  const nodes = ["n1", "n2", "n3", "n4"];
  const keys = KEYS.slice(0, 1000);
  const expected = owners(ringOf(20, nodes), keys);
  for (const order of [[...nodes].reverse(), ["n3", "n1", "n4", "n2"]]) {
    assert.deepEqual(owners(ringOf(20, order), keys), expected, order.join(","));
  }
});

test("points at the same position go to the smaller name", () => {
  // "czsxvy#0" and "trepuw#0" both hash to 607923921.
  assert.equal(fnv1a32("czsxvy#0"), fnv1a32("trepuw#0"));
  for (const order of [["czsxvy", "trepuw"], ["trepuw", "czsxvy"]]) {
    const ring = ringOf(1, order);
    assert.equal(ring.getNode("trepuw#0"), "czsxvy", order.join(","));
    ring.removeNode("czsxvy");
    assert.equal(ring.getNode("trepuw#0"), "trepuw", `${order.join(",")}: the other point is still there`);
    ring.addNode("czsxvy");
    ring.removeNode("trepuw");
    assert.equal(ring.getNode("trepuw#0"), "czsxvy", order.join(","));
  }
});

test("more replicas spread the load", () => {
  const ring = ringOf(1000, ["cache-a", "cache-b", "cache-c", "cache-d"]);
  const byNode = counts(Array.from({ length: 20000 }, (_, k) => ring.getNode(`user:${k}`)));
  assert.deepEqual([...byNode.keys()].sort(), ["cache-a", "cache-b", "cache-c", "cache-d"]);
  for (const [node, n] of byNode) assert.ok(n >= 3000 && n <= 7000, `${node} owns ${n} of 20000 keys`);
});

test("size counts nodes, not points", () => {
  const ring = ringOf(10, ["a", "b", "c"]);
  assert.equal(ring.size(), 3);
  ring.removeNode("b");
  assert.equal(ring.size(), 2);
});

test("invalid arguments throw", () => {
  for (const replicas of [0, -1, 1.5]) assert.throws(() => new HashRing(replicas), RangeError, String(replicas));
  const ring = ringOf(2, ["a"]);
  assert.throws(() => ring.addNode("a"), Error);
  assert.throws(() => ring.removeNode("b"), Error);
  assert.equal(ring.size(), 1);
  assert.equal(ring.getNode("x"), "a");
});

test("large ring: lookups are logarithmic", () => {
  // 4 nodes x 50 000 replicas = 200 000 points (built before the clock starts), 200 000 lookups.
  // Counts worked out separately by sorting the key hashes and sweeping them against the sorted points.
  const out = runWithCpuLimit(
    `const counts = [0, 0, 0, 0];
     for (let k = 0; k < 200000; k++) counts[Number(ring.getNode("user:" + k).slice(5))]++;
     return counts;`,
    2500,
    {
      setup: `const ring = new m.HashRing(50000);
     for (let i = 0; i < 4; i++) ring.addNode("node-" + i);`,
    },
  );
  assert.deepEqual(out, [47321, 51860, 49911, 50908]);
});
