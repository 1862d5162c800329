import { test } from "node:test";
import assert from "node:assert/strict";
import { ListNode, findCycleStart, hasCycle } from "./solution.ts";

/** Build a list; if cycleTo is an index, the tail points back to that node. */
function build(values: number[], cycleTo: number | null = null): { head: ListNode | null; nodes: ListNode[] } {
  const nodes = values.map((v) => new ListNode(v));
  for (let i = 0; i + 1 < nodes.length; i++) nodes[i].next = nodes[i + 1];
  if (cycleTo !== null) nodes[nodes.length - 1].next = nodes[cycleTo];
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

test("straight list", () => {
  const { head } = build([1, 2, 3, 4, 5]);
  assert.equal(hasCycle(head), false);
  assert.equal(findCycleStart(head), null);
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
  const { head, nodes } = build([1, 2, 3, 4, 5, 6], 3);
  const before = nodes.map((n) => [n.val, n.next] as const);
  hasCycle(head);
  findCycleStart(head);
  nodes.forEach((n, i) => {
    assert.equal(n.val, before[i][0]);
    assert.ok(n.next === before[i][1]);
  });
});

test("large list", () => {
  const n = 200_000;
  const { head, nodes } = build(range(n), 123_456);
  assert.equal(hasCycle(head), true);
  assert.ok(findCycleStart(head) === nodes[123_456]);
  const straight = build(range(n));
  assert.equal(hasCycle(straight.head), false);
  assert.equal(findCycleStart(straight.head), null);
});
