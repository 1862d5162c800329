import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ListNode, findCycleStart, hasCycle } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/** Reads of `next` allowed per node of a test list; Floyd's two calls need fewer than 10. */
const STEPS_PER_NODE = 50;
let steps = 0;
let stepLimit = 0;

/**
 * Build a list; if cycleTo is an index, the tail points back to that node. Every node's `next`
 * counts its reads, so a walk that never ends (or re-walks the list for every node) fails after
 * STEPS_PER_NODE reads per node instead of hanging the run.
 */
function build(values: number[], cycleTo: number | null = null): { head: ListNode | null; nodes: ListNode[] } {
  const nodes = values.map((v) => new ListNode(v));
  for (let i = 0; i + 1 < nodes.length; i++) nodes[i].next = nodes[i + 1];
  if (cycleTo !== null) nodes[nodes.length - 1].next = nodes[cycleTo];
  steps = 0;
  stepLimit = STEPS_PER_NODE * (nodes.length + 1);
  for (const node of nodes) {
    let next = node.next;
    Object.defineProperty(node, "next", {
      enumerable: true,
      get() {
        if (++steps > stepLimit) {
          throw new Error(`more than ${stepLimit} steps on a list of ${nodes.length} nodes: an endless loop, or not O(n)`);
        }
        return next;
      },
      set(value: ListNode | null) {
        next = value;
      },
    });
  }
  return { head: nodes.length > 0 ? nodes[0] : null, nodes };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

test("empty list", () => {
  assert.equal(hasCycle(null), false);
  assert.equal(findCycleStart(null), null);
});

test("single node without a cycle", () => {
  const { head } = build([1]);
  assert.equal(hasCycle(head), false);
  assert.equal(findCycleStart(head), null);
});

test("single node pointing to itself", () => {
  const { head, nodes } = build([1], 0);
  assert.equal(hasCycle(head), true);
  assert.equal(findCycleStart(head), nodes[0]);
});

test("straight lists, odd and even lengths", () => {
  // The fast pointer stops on the last node or just past it.
  for (let n = 2; n < 8; n++) {
    const { head } = build(range(n));
    assert.equal(hasCycle(head), false, `${n} nodes`);
    assert.equal(findCycleStart(head), null, `${n} nodes`);
  }
});

test("two-node cycle", () => {
  const { head, nodes } = build([1, 2], 0);
  assert.equal(hasCycle(head), true);
  assert.equal(findCycleStart(head), nodes[0]);
});

test("cycle back to the head", () => {
  const { head, nodes } = build([1, 2, 3, 4, 5], 0);
  assert.equal(hasCycle(head), true);
  assert.equal(findCycleStart(head), nodes[0]);
});

test("cycle starting in the middle, every position", () => {
  for (let n = 2; n < 12; n++) {
    for (let start = 0; start < n; start++) {
      const { head, nodes } = build(range(n), start);
      assert.equal(hasCycle(head), true, `n=${n} start=${start}`);
      assert.ok(findCycleStart(head) === nodes[start], `n=${n} start=${start}`);
    }
  }
});

test("repeated values are compared by identity", () => {
  const { head, nodes } = build([7, 7, 7, 7], 2);
  assert.ok(findCycleStart(head) === nodes[2]);
});

test("list is not modified", () => {
  for (const cycleTo of [3, null]) {
    const { head, nodes } = build([1, 2, 3, 4, 5, 6], cycleTo);
    const before = nodes.map((n) => ({ keys: Object.keys(n).join(), val: n.val, next: n.next }));
    hasCycle(head);
    findCycleStart(head);
    nodes.forEach((n, i) => {
      assert.equal(Object.keys(n).join(), before[i].keys, `node ${i} gained or lost properties`);
      assert.equal(n.val, before[i].val, `node ${i}: val changed`);
      assert.ok(n.next === before[i].next, `node ${i}: next changed`);
    });
  }
});

test("no Set or Map of visited nodes (O(1) extra space)", () => {
  const source = readFileSync(new URL("./solution.ts", import.meta.url), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "") // block comments
    .replace(/\/\/.*$/gm, ""); // line comments
  for (const name of ["Set", "Map", "WeakSet", "WeakMap"]) {
    assert.ok(!new RegExp(`\\b${name}\\b`).test(source), `uses a ${name}: that is O(n) extra space`);
  }
});

test("large list, linear time", () => {
  // Linear takes milliseconds; comparing each node with a growing array of visited nodes takes minutes.
  const out = runWithCpuLimit(
    `const build = (n, cycleTo) => {
       const nodes = Array.from({ length: n }, (_, i) => new m.ListNode(i));
       for (let i = 0; i + 1 < n; i++) nodes[i].next = nodes[i + 1];
       if (cycleTo !== null) nodes[n - 1].next = nodes[cycleTo];
       return nodes;
     };
     const cyclic = build(200000, 123456);
     const straight = build(200000, null);
     return [
       m.hasCycle(cyclic[0]),
       cyclic.indexOf(m.findCycleStart(cyclic[0])),
       m.hasCycle(straight[0]),
       m.findCycleStart(straight[0]),
     ];`,
    2000,
  );
  assert.deepEqual(out, [true, 123_456, false, null]);
});
