import { test } from "node:test";
import assert from "node:assert/strict";
import { applyRope } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

function assertVectorClose(got: number[], want: number[], eps = 1e-9): void {
  assert.equal(got.length, want.length, "length");
  got.forEach((g, i) => assert.ok(Math.abs(g - want[i]) <= eps, `element ${i}: ${g} != ${want[i]}`));
}

const dot = (a: number[], b: number[]): number => a.reduce((sum, v, i) => sum + v * b[i], 0);

const Q = [0.5, -1.0, 2.0, 0.25, -0.75, 1.5, 0.1, -2.0];
const K = [1.0, 0.5, -0.5, 2.0, 0.3, -1.2, 1.1, 0.4];

test("example from the prompt", () => {
  // d = 4: theta_0 = 1, theta_1 = 10000 ** (-2/4) = 0.01.
  const got = applyRope([1, 0, 1, 0], 1);
  assertVectorClose(got, [Math.cos(1), Math.sin(1), Math.cos(0.01), Math.sin(0.01)]);
  assertVectorClose(got, [0.5403023, 0.841471, 0.99995, 0.0099998], 1e-6);
});

test("position zero is the identity", () => {
  assertVectorClose(applyRope([0.3, -1.2, 5, 7], 0), [0.3, -1.2, 5, 7]);
});

test("the rotation is counter-clockwise", () => {
  // (0, 1) turned by +1 radian.
  assertVectorClose(applyRope([0, 1], 1), [-Math.sin(1), Math.cos(1)]);
});

test("both coordinates of a pair", () => {
  // (3, 4) turned by 2 radians: each output uses both old coordinates.
  const c = Math.cos(2);
  const s = Math.sin(2);
  assertVectorClose(applyRope([3, 4], 2), [3 * c - 4 * s, 3 * s + 4 * c]);
});

test("frequencies use 2i / d", () => {
  // d = 6: theta_1 = 10000 ** (-1/3), theta_2 = 10000 ** (-2/3); position 10.
  const t1 = 10 * 10000 ** (-1 / 3);
  const t2 = 10 * 10000 ** (-2 / 3);
  assertVectorClose(applyRope([0, 0, 1, 0, 0, 1], 10), [0, 0, Math.cos(t1), Math.sin(t1), -Math.sin(t2), Math.cos(t2)]);
});

test("custom base", () => {
  // d = 4, base 100: theta_1 = 100 ** (-1/2) = 0.1; position 5 gives an angle of 0.5.
  assertVectorClose(applyRope([0, 0, 2, 0], 5, 100), [0, 0, 2 * Math.cos(0.5), 2 * Math.sin(0.5)]);
});

test("pairs are neighbours", () => {
  // The first pair is (x[0], x[1]) at one radian per position; the second turns by 0.01 per position.
  const got = applyRope([1, 2, 3, 4], 3);
  assertVectorClose(got.slice(0, 2), [Math.cos(3) - 2 * Math.sin(3), Math.sin(3) + 2 * Math.cos(3)]);
  assertVectorClose(got.slice(2), [3 * Math.cos(0.03) - 4 * Math.sin(0.03), 3 * Math.sin(0.03) + 4 * Math.cos(0.03)]);
});

test("the norm is preserved", () => {
  for (const position of [1, 7, 123, 10_000]) {
    const y = applyRope(Q, position);
    assert.ok(Math.abs(dot(y, y) - dot(Q, Q)) <= 1e-9, `position ${position}`);
  }
});

test("the dot product depends only on the relative position", () => {
  const base = dot(applyRope(Q, 3), applyRope(K, 7));
  assert.ok(Math.abs(dot(applyRope(Q, 10), applyRope(K, 14)) - base) <= 1e-9);
  assert.ok(Math.abs(dot(applyRope(Q, 103), applyRope(K, 107)) - base) <= 1e-9);
  // ...and it does change with the distance.
  assert.ok(Math.abs(dot(applyRope(Q, 3), applyRope(K, 8)) - base) > 1e-3);
});

test("the input is not modified", () => {
  const x = [1, 2, 3, 4];
  applyRope(x, 5);
  assert.deepEqual(x, [1, 2, 3, 4]);
});

test("invalid arguments throw RangeError", () => {
  const cases: [number[], number][] = [[[], 1], [[1, 2, 3], 1], [[1], 0], [[1, 2], -1]];
  for (const [x, position] of cases) {
    assert.throws(() => applyRope(x, position), RangeError, `${JSON.stringify(x)} at ${position}`);
  }
});

test("a long vector at a far position", () => {
  const out = runWithCpuLimit(
    `const x = [];
     for (let i = 0; i < 4096; i++) x.push((((7 * i) % 11) - 5) / 5);
     const y = m.applyRope(x, 1000000);
     let nx = 0, ny = 0;
     for (let i = 0; i < 4096; i++) { nx += x[i] * x[i]; ny += y[i] * y[i]; }
     return [y.length, nx, ny, x[0], x[1], y[0], y[1]];`,
    2000,
  ) as number[];
  const [length, nx, ny, x0, x1, y0, y1] = out;
  assert.equal(length, 4096);
  assert.ok(Math.abs(nx - ny) <= 1e-6, "norm preserved");
  // The first pair turns by 10 ** 6 radians.
  assertVectorClose([y0, y1], [x0 * Math.cos(1e6) - x1 * Math.sin(1e6), x0 * Math.sin(1e6) + x1 * Math.cos(1e6)]);
});
