import { test } from "node:test";
import assert from "node:assert/strict";
import { mlpLossAndGrads } from "./solution.ts";
import type { Params } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

const NAMES = ["w1", "b1", "w2", "b2"] as const;

function assertGradsClose(got: Params, want: Params, eps = 1e-9): void {
  assert.deepEqual(Object.keys(got).sort(), ["b1", "b2", "w1", "w2"], "gradient keys");
  for (const name of NAMES) {
    const g = name === "b1" || name === "b2" ? [got[name]] : got[name];
    const w = name === "b1" || name === "b2" ? [want[name]] : want[name];
    assert.equal(g.length, w.length, `shape of ${name}`);
    g.forEach((row, r) => {
      assert.equal(row.length, w[r].length, `shape of ${name}`);
      row.forEach((v, c) => assert.ok(Math.abs(v - w[r][c]) <= eps, `${name}[${r}][${c}]: ${v} != ${w[r][c]}`));
    });
  }
}

const copy = (p: Params): Params => JSON.parse(JSON.stringify(p)) as Params;

/** The tests' own forward pass, used for the expected losses and the finite differences. */
function lossOf(x: number[][], y: number[], p: Params): number {
  let total = 0;
  x.forEach((row, r) => {
    const a1 = p.b1.map((b, j) => Math.max(0, b + row.reduce((s, v, i) => s + v * p.w1[i][j], 0)));
    const z2 = p.b2.map((b, c) => b + a1.reduce((s, v, j) => s + v * p.w2[j][c], 0));
    const top = Math.max(...z2);
    total += top + Math.log(z2.reduce((s, v) => s + Math.exp(v - top), 0)) - z2[y[r]];
  });
  return total / x.length;
}

/** Central differences of lossOf with respect to every parameter. */
function numericalGrads(x: number[][], y: number[], p: Params, h = 1e-5): Params {
  const out = copy(p);
  for (const name of NAMES) {
    const rows = (name === "b1" || name === "b2" ? [p[name]] : p[name]) as number[][];
    rows.forEach((row, r) => {
      row.forEach((_, c) => {
        const q = copy(p);
        const cell = (name === "b1" || name === "b2" ? [q[name]] : q[name]) as number[][];
        cell[r][c] += h;
        const up = lossOf(x, y, q);
        cell[r][c] -= 2 * h;
        const down = lossOf(x, y, q);
        const target = (name === "b1" || name === "b2" ? [out[name]] : out[name]) as number[][];
        target[r][c] = (up - down) / (2 * h);
      });
    });
  }
  return out;
}

function grid(rows: number, cols: number, a: number, b: number, m: number, scale: number, shift = 0): number[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => ((((a * r + b * c + shift) % m) - Math.floor(m / 2)) * scale)));
}

/** The finite differences step by 1e-5; a hidden unit that close to its kink would break them. */
function assertPreActivationsAwayFromZero(x: number[][], p: Params): void {
  for (const row of x) {
    p.b1.forEach((b, j) => {
      const z = b + row.reduce((s, v, i) => s + v * p.w1[i][j], 0);
      assert.ok(Math.abs(z) > 1e-3, "test data: a pre-activation is too close to 0");
    });
  }
}

const S = 1 / (1 + Math.exp(2)); // sigmoid(-2)
const U = 1 / (1 + Math.exp(-4)); // sigmoid(4)

// The prompt's example network: d = 2 inputs, h = 2 hidden units, k = 2 classes.
const EXAMPLE: Params = { w1: [[1, -1], [0, 1]], b1: [0, -2], w2: [[1, -1], [2, 0]], b2: [0, 0] };
// Its gradients for x = [[1, 2]], y = [0]: z1 = [1, -1], so hidden unit 1 is off.
const EXAMPLE_GRADS: Params = { w1: [[-2 * S, 0], [-4 * S, 0]], b1: [-2 * S, 0], w2: [[-S, S], [0, 0]], b2: [-S, S] };

test("example from the prompt", () => {
  // z2 = [1, -1], so the loss is ln(1 + e^-2) and dz2 = softmax - onehot = [-S, S] with S = sigmoid(-2).
  const { loss, grads } = mlpLossAndGrads([[1, 2]], [0], EXAMPLE);
  assert.ok(Math.abs(loss - Math.log(1 + Math.exp(-2))) < 1e-12, `loss ${loss}`);
  assertGradsClose(grads, EXAMPLE_GRADS);
});

test("the ReLU derivative at zero is zero", () => {
  // With b1 = [0, -1], hidden unit 1 has z1 = -1 + 2 - 1 = 0 exactly: off, by the documented rule.
  const p = copy(EXAMPLE);
  p.b1 = [0, -1];
  const { loss, grads } = mlpLossAndGrads([[1, 2]], [0], p);
  assert.ok(Math.abs(loss - Math.log(1 + Math.exp(-2))) < 1e-12, `loss ${loss}`);
  assertGradsClose(grads, EXAMPLE_GRADS);
});

test("the batch gradient is the mean, and bias gradients sum over rows", () => {
  // Row 2 alone: z1 = [-1, 2], a1 = [0, 2], z2 = [4, 0], y = 1, so dz2 = [U, -U] with U = sigmoid(4).
  const row2Grads: Params = { w1: [[0, -2 * U], [0, 6 * U]], b1: [0, 2 * U], w2: [[0, 0], [2 * U, -2 * U]], b2: [U, -U] };
  const row2 = mlpLossAndGrads([[-1, 3]], [1], EXAMPLE);
  assert.ok(Math.abs(row2.loss - (4 + Math.log(1 + Math.exp(-4)))) < 1e-12, `loss ${row2.loss}`);
  assertGradsClose(row2.grads, row2Grads);
  // Both rows: the loss and every gradient are the averages of the two single-row results.
  const both = mlpLossAndGrads([[1, 2], [-1, 3]], [0, 1], EXAMPLE);
  assert.ok(Math.abs(both.loss - (Math.log(1 + Math.exp(-2)) + row2.loss) / 2) < 1e-12, `loss ${both.loss}`);
  const avg = (a: number[], b: number[]): number[] => a.map((v, i) => (v + b[i]) / 2);
  assertGradsClose(both.grads, {
    w1: EXAMPLE_GRADS.w1.map((row, r) => avg(row, row2Grads.w1[r])),
    b1: avg(EXAMPLE_GRADS.b1, row2Grads.b1),
    w2: EXAMPLE_GRADS.w2.map((row, r) => avg(row, row2Grads.w2[r])),
    b2: avg(EXAMPLE_GRADS.b2, row2Grads.b2),
  });
});

test("matches finite differences", () => {
  // d = 3, h = 4, k = 2: no shape is square, so a missing transpose cannot go unnoticed.
  const x = grid(5, 3, 7, 3, 11, 0.2, 1);
  const y = [0, 1, 1, 0, 1];
  const p: Params = { w1: grid(3, 4, 5, 2, 13, 0.15), b1: [0.05, -0.1, 0.2, 0.03], w2: grid(4, 2, 3, 5, 7, 0.3, 2), b2: [0.1, -0.2] };
  assertPreActivationsAwayFromZero(x, p);
  const { loss, grads } = mlpLossAndGrads(x, y, p);
  assert.ok(Math.abs(loss - lossOf(x, y, p)) < 1e-12, `loss ${loss}`);
  assertGradsClose(grads, numericalGrads(x, y, p), 1e-7);
});

test("matches finite differences with square shapes", () => {
  // d = h = k = 3: a transposed weight has the right shape here, and only the values show it.
  const x = grid(4, 3, 5, 2, 9, 0.3, 4);
  const y = [2, 0, 1, 2];
  const p: Params = { w1: grid(3, 3, 4, 3, 11, 0.2, 1), b1: [0.07, 0.11, -0.13], w2: grid(3, 3, 2, 5, 7, 0.4, 3), b2: [0, 0.3, -0.1] };
  assertPreActivationsAwayFromZero(x, p);
  const { loss, grads } = mlpLossAndGrads(x, y, p);
  assert.ok(Math.abs(loss - lossOf(x, y, p)) < 1e-12, `loss ${loss}`);
  assertGradsClose(grads, numericalGrads(x, y, p), 1e-7);
});

test("large logits stay finite", () => {
  // z1 = a1 = [1, 1] and z2 = [800, 0]; the target is class 1, so the loss is 800 + ln(1 + e^-800) = 800
  // and dz2 = [1, -1]. Then da1 = dz2 w2^T = [400, 400].
  const p: Params = { w1: [[1, 0], [0, 1]], b1: [0, 0], w2: [[400, 0], [400, 0]], b2: [0, 0] };
  const { loss, grads } = mlpLossAndGrads([[1, 1]], [1], p);
  assert.ok(Math.abs(loss - 800) < 1e-9, `loss ${loss}`);
  assertGradsClose(grads, { w1: [[400, 400], [400, 400]], b1: [400, 400], w2: [[1, -1], [1, -1]], b2: [1, -1] });
});

test("one forward and one backward pass", () => {
  // A batch of 64 with d = h = 128 and k = 10 takes tens of milliseconds with backpropagation;
  // estimating the 17,802 gradients by finite differences needs two forward passes each, far over the limit.
  const out = runWithCpuLimit(
    `const grid = (rows, cols, a, b, m, scale) => Array.from({ length: rows }, (_, r) =>
       Array.from({ length: cols }, (_, c) => (((a * r + b * c) % m) - Math.floor(m / 2)) * scale));
     const n = 64, d = 128, h = 128, k = 10;
     const x = grid(n, d, 7, 3, 11, 0.2);
     const y = Array.from({ length: n }, (_, r) => r % k);
     const p = { w1: grid(d, h, 5, 2, 13, 0.02), b1: Array.from({ length: h }, (_, j) => 0.01 * j),
                 w2: grid(h, k, 3, 1, 7, 0.1), b2: new Array(k).fill(0) };
     const { loss, grads } = m.mlpLossAndGrads(x, y, p);
     return [loss, grads.w1.length, grads.w1[0].length, grads.w2.length, grads.w2[0].length, grads.b2.reduce((a, b) => a + b, 0)];`,
    3000,
  ) as number[];
  const n = 64, d = 128, h = 128, k = 10;
  const x = grid(n, d, 7, 3, 11, 0.2);
  const y = Array.from({ length: n }, (_, r) => r % k);
  const p: Params = { w1: grid(d, h, 5, 2, 13, 0.02), b1: Array.from({ length: h }, (_, j) => 0.01 * j), w2: grid(h, k, 3, 1, 7, 0.1), b2: new Array<number>(k).fill(0) };
  assert.ok(Math.abs(out[0] - lossOf(x, y, p)) < 1e-9, `loss ${out[0]}`);
  assert.deepEqual(out.slice(1, 5), [d, h, h, k]);
  // Each row of softmax - onehot sums to 0, so the gradient of b2 does too.
  assert.ok(Math.abs(out[5]) < 1e-12, `sum of the b2 gradient: ${out[5]}`);
});

test("inputs are not modified", () => {
  const x = [[1, 2], [-1, 3]];
  const y = [0, 1];
  const p = copy(EXAMPLE);
  mlpLossAndGrads(x, y, p);
  assert.deepEqual([x, y, p], [[[1, 2], [-1, 3]], [0, 1], EXAMPLE]);
});

test("invalid input", () => {
  const withParams = (changes: Partial<Params>): Params => ({ ...copy(EXAMPLE), ...changes });
  const cases: [string, number[][], number[], Params][] = [
    ["empty batch", [], [], EXAMPLE],
    ["fewer labels than rows", [[1, 2], [3, 4]], [0], EXAMPLE],
    ["label too large", [[1, 2]], [2], EXAMPLE],
    ["negative label", [[1, 2]], [-1], EXAMPLE],
    ["fractional label", [[1, 2]], [0.5], EXAMPLE],
    ["x wider than w1", [[1, 2, 3]], [0], EXAMPLE],
    ["ragged x", [[1, 2], [1]], [0, 0], EXAMPLE],
    ["b1 too short", [[1, 2]], [0], withParams({ b1: [0] })],
    ["w2 has too few rows", [[1, 2]], [0], withParams({ w2: [[1, -1]] })],
    ["b2 too long", [[1, 2]], [0], withParams({ b2: [0, 0, 0] })],
  ];
  for (const [what, x, y, p] of cases) assert.throws(() => mlpLossAndGrads(x, y, p), Error, what);
});
