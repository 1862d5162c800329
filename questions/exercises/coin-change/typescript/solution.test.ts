import { test } from "node:test";
import assert from "node:assert/strict";
import { countWays, minCoins } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

test("minCoins: examples from the prompt", () => {
  assert.equal(minCoins([1, 2, 5], 11), 3);
  assert.equal(minCoins([1, 3, 4], 6), 2);
});

test("minCoins: greedy is not enough", () => {
  assert.equal(minCoins([1, 5, 6, 9], 11), 2); // 5 + 6, greedy takes 9 + 1 + 1
  assert.equal(minCoins([4, 3, 1], 6), 2); // unsorted coins
  assert.equal(minCoins([2, 5], 6), 3); // greedy takes 5 and is stuck
  assert.equal(minCoins([5, 3], 9), 3); // 3 + 3 + 3
});

test("minCoins: impossible amounts", () => {
  assert.equal(minCoins([2], 3), -1);
  assert.equal(minCoins([5, 10], 3), -1);
  assert.equal(minCoins([], 7), -1);
  assert.equal(minCoins([4, 6], 11), -1);
});

test("minCoins: amount zero and exact coins", () => {
  assert.equal(minCoins([1, 2, 5], 0), 0);
  assert.equal(minCoins([], 0), 0);
  assert.equal(minCoins([7], 7), 1);
  assert.equal(minCoins([7, 7, 1], 14), 2);
});

test("minCoins: coins larger than the amount", () => {
  assert.equal(minCoins([1, 4], 3), 3);
  assert.equal(minCoins([10, 1], 9), 9);
});

test("countWays: examples from the prompt", () => {
  assert.equal(countWays([1, 2, 5], 5), 4n);
  // With k fives (k = 0, 1, 2) the rest is made of ones and twos in (11 - 5k) // 2 + 1 ways: 6 + 4 + 1.
  assert.equal(countWays([1, 2, 5], 11), 11n);
});

test("countWays: the order of the coins does not matter", () => {
  assert.equal(countWays([1, 2], 3), 2n); // 1+1+1 and 1+2; 2+1 is the same as 1+2
  assert.equal(countWays([2, 1], 4), 3n); // 1+1+1+1, 1+1+2, 2+2
});

test("countWays: repeated denominations count once", () => {
  assert.equal(countWays([1, 2, 2], 4), 3n);
  assert.equal(countWays([3, 3, 3], 9), 1n);
});

test("countWays: amount zero and impossible amounts", () => {
  assert.equal(countWays([1, 2, 5], 0), 1n);
  assert.equal(countWays([], 0), 1n);
  assert.equal(countWays([], 5), 0n);
  assert.equal(countWays([2], 3), 0n);
  assert.equal(countWays([4, 6], 11), 0n);
});

test("countWays: coins larger than the amount", () => {
  assert.equal(countWays([1, 4], 3), 1n);
  assert.equal(countWays([10, 1, 5], 4), 1n);
});

test("countWays: counts beyond 2^53 stay exact", () => {
  // With the coins 1..n, the ways to make n are the partitions of n: p(100) and p(300) > 2^53.
  assert.equal(countWays(range(1, 100), 100), 190_569_292n);
  assert.equal(countWays(range(1, 300).reverse(), 300), 9_253_082_936_723_602n);
});

test("invalid input throws RangeError", () => {
  const cases: Array<[number[], number]> = [[[1, 0], 5], [[-1, 2], 3], [[1.5], 3], [[1, 2], -1], [[1], 2.5], [[1], NaN]];
  for (const [coins, amount] of cases) {
    assert.throws(() => minCoins(coins, amount), RangeError, `minCoins(${JSON.stringify(coins)}, ${amount})`);
    assert.throws(() => countWays(coins, amount), RangeError, `countWays(${JSON.stringify(coins)}, ${amount})`);
  }
});

test("the coins are not modified", () => {
  const coins = [5, 1, 2, 2];
  minCoins(coins, 11);
  countWays(coins, 11);
  assert.deepEqual(coins, [5, 1, 2, 2]);
});

test("amount 100,000", () => {
  // Runs in a child process with a time limit: plain recursion fails instead of hanging, deep recursion overflows.
  const out = runWithCpuLimit(
    `return [m.minCoins([1, 7, 10], 99994), String(m.countWays([5, 2, 1], 100000))];`,
    4000,
  ) as [number, string];
  // With 1, 7 and 10 at most nine 7s help (ten 7s = seven 10s); the rest is tens then ones.
  let fewest = Infinity;
  for (let b = 0; b < 10; b++) fewest = Math.min(fewest, b + Math.floor((99_994 - 7 * b) / 10) + ((99_994 - 7 * b) % 10));
  assert.equal(fewest, 10_000);
  // With k fives, the rest is made of ones and twos in floor((100,000 - 5k) / 2) + 1 ways.
  let ways = 0;
  for (let k = 0; k <= 20_000; k++) ways += Math.floor((100_000 - 5 * k) / 2) + 1;
  assert.deepEqual(out, [fewest, String(ways)]);
});
