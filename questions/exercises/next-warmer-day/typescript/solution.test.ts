import { test } from "node:test";
import assert from "node:assert/strict";
import { daysUntilWarmer, nextGreaterCircular } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

test("daysUntilWarmer: example from the prompt", () => {
  assert.deepEqual(daysUntilWarmer([73, 74, 75, 71, 69, 72, 76, 73]), [1, 1, 4, 2, 1, 1, 0, 0]);
});

test("daysUntilWarmer: monotone sequences", () => {
  assert.deepEqual(daysUntilWarmer([30, 40, 50, 60]), [1, 1, 1, 0]);
  assert.deepEqual(daysUntilWarmer([60, 50, 40, 30]), [0, 0, 0, 0]);
});

test("daysUntilWarmer: equal is not warmer", () => {
  assert.deepEqual(daysUntilWarmer([30, 30, 31]), [2, 1, 0]);
  assert.deepEqual(daysUntilWarmer([5, 5, 5]), [0, 0, 0]);
  assert.deepEqual(daysUntilWarmer([2, 1, 1, 2, 3]), [4, 2, 1, 1, 0]);
});

test("daysUntilWarmer: empty and single", () => {
  assert.deepEqual(daysUntilWarmer([]), []);
  assert.deepEqual(daysUntilWarmer([12.5]), [0]);
});

test("daysUntilWarmer: fractional and negative temperatures", () => {
  assert.deepEqual(daysUntilWarmer([-3.5, -4, -3.25, 0]), [2, 1, 1, 0]);
  assert.deepEqual(daysUntilWarmer([9, 10, 100, 8]), [1, 1, 0, 0]);
});

test("daysUntilWarmer: the input is not modified", () => {
  const temps = [3, 1, 2];
  daysUntilWarmer(temps);
  assert.deepEqual(temps, [3, 1, 2]);
});

test("nextGreaterCircular: example from the prompt", () => {
  assert.deepEqual(nextGreaterCircular([1, 5, 3, 6, 4]), [5, 6, 6, -1, 5]);
});

test("nextGreaterCircular: wraps around", () => {
  assert.deepEqual(nextGreaterCircular([1, 2, 1]), [2, -1, 2]);
  assert.deepEqual(nextGreaterCircular([5, 4, 3, 2, 1]), [-1, 5, 5, 5, 5]);
  assert.deepEqual(nextGreaterCircular([2, 1, 2, 4, 3]), [4, 2, 4, -1, 4]);
});

test("nextGreaterCircular: equal is not greater", () => {
  assert.deepEqual(nextGreaterCircular([3, 3, 3]), [-1, -1, -1]);
  assert.deepEqual(nextGreaterCircular([4, 1, 4]), [-1, 4, -1]);
});

test("nextGreaterCircular: empty and single", () => {
  assert.deepEqual(nextGreaterCircular([]), []);
  assert.deepEqual(nextGreaterCircular([7]), [-1]);
});

test("nextGreaterCircular: the input is not modified", () => {
  const nums = [2, 3, 1];
  assert.deepEqual(nextGreaterCircular(nums), [3, -1, 2]);
  assert.deepEqual(nums, [2, 3, 1]);
});

test("a long fall, then a rise", () => {
  // Runs in a child process with a time limit: an O(n^2) scan fails instead of hanging the run.
  const out = runWithCpuLimit(
    `const n = 300000;
     const falling = Array.from({ length: n }, (_, i) => n - i); // nothing later is larger
     const a = m.daysUntilWarmer(falling);
     const b = m.daysUntilWarmer([...falling, n + 1]);
     const c = m.nextGreaterCircular(falling);
     return [
       a.length === n && a.every((d) => d === 0),
       b.length === n + 1 && b.every((d, i) => d === n - i),
       c.length === n && c[0] === -1 && c.slice(1).every((x) => x === n),
     ];`,
    4000,
  );
  // No day of a falling sequence has a warmer one; a final maximum answers day i after n - i days;
  // circularly, every value but the first (the maximum) wraps around to it.
  assert.deepEqual(out, [true, true, true]);
});
