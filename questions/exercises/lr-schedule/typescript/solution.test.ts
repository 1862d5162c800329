import { test } from "node:test";
import assert from "node:assert/strict";
import { WarmupCosineSchedule } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= Math.max(1e-12 * Math.abs(expected), 1e-15);
}

/** expected maps steps to learning rates; compared to 1e-12 relative (or 1e-15 absolute). */
function assertLrs(schedule: WarmupCosineSchedule, expected: Record<number, number>): void {
  for (const [step, lr] of Object.entries(expected)) {
    const got = schedule.lr(Number(step));
    assert.ok(close(got, lr), `lr(${step}) = ${got}, expected ${lr}`);
  }
}

// The prompt's example: peak 1.0, floor 0.1, 10 warmup steps, 110 steps in all (100 of decay).
const example = (): WarmupCosineSchedule => new WarmupCosineSchedule(1.0, 0.1, 10, 110);
const HALF_ROOT2 = Math.SQRT2 / 2; // cos(pi / 4)

test("example from the prompt", () => {
  assertLrs(example(), {
    0: 0,
    5: 0.5,
    10: 1.0,
    35: 0.1 + (0.9 * (1 + HALF_ROOT2)) / 2, // a quarter of the decay: 0.8681980515...
    60: 0.55, // halfway: the mean of peak and floor
    85: 0.1 + (0.9 * (1 - HALF_ROOT2)) / 2, // three quarters: 0.2318019484...
    110: 0.1,
  });
});

test("warmup is linear from zero", () => {
  const expected: Record<number, number> = {};
  for (let step = 0; step < 10; step++) expected[step] = step / 10;
  assertLrs(example(), expected);
});

test("the end of warmup is the peak, and the decay starts after it", () => {
  const schedule = example();
  assertLrs(schedule, { 9: 0.9, 10: 1.0 });
  // One step into the decay: p = 1/100.
  assertLrs(schedule, { 11: 0.1 + (0.9 * (1 + Math.cos(Math.PI / 100))) / 2 });
  assert.ok(schedule.lr(11) < 1.0);
});

test("the floor at total steps and beyond", () => {
  const schedule = example();
  assertLrs(schedule, { 109: 0.1 + (0.9 * (1 + Math.cos((Math.PI * 99) / 100))) / 2 });
  assertLrs(schedule, { 110: 0.1, 111: 0.1, 150: 0.1, 210: 0.1, 1_000_000: 0.1 });
});

test("the shape rises, then falls", () => {
  const schedule = new WarmupCosineSchedule(2.0, 0.2, 25, 400);
  const values = Array.from({ length: 500 }, (_, step) => schedule.lr(step));
  assert.equal(values.indexOf(Math.max(...values)), 25, "the peak must be at the end of warmup");
  assert.ok(close(values[25], 2.0));
  for (let step = 0; step < 25; step++) assert.ok(values[step] < values[step + 1], `warmup must rise at step ${step}`);
  for (let step = 25; step < 400; step++) assert.ok(values[step] > values[step + 1], `decay must fall at step ${step}`);
  assert.ok(values.slice(400).every((v) => close(v, 0.2)), "the floor after totalSteps");
});

test("realistic settings", () => {
  // peak 3e-4, floor 3e-5, 2000 warmup steps, 100 000 steps in all (98 000 of decay).
  assertLrs(new WarmupCosineSchedule(3e-4, 3e-5, 2000, 100_000), {
    0: 0,
    1000: 1.5e-4,
    2000: 3e-4,
    26_500: 3e-5 + (2.7e-4 * (1 + HALF_ROOT2)) / 2, // 2.604594...e-4
    51_000: 1.65e-4,
    75_500: 3e-5 + (2.7e-4 * (1 - HALF_ROOT2)) / 2, // 6.954058...e-5
    100_000: 3e-5,
    250_000: 3e-5,
  });
});

test("no warmup", () => {
  assertLrs(new WarmupCosineSchedule(2.0, 0.5, 0, 4), {
    0: 2.0,
    1: 0.5 + (1.5 * (1 + HALF_ROOT2)) / 2,
    2: 1.25,
    3: 0.5 + (1.5 * (1 - HALF_ROOT2)) / 2,
    4: 0.5,
    5: 0.5,
  });
});

test("one decay step", () => {
  assertLrs(new WarmupCosineSchedule(1.0, 0.25, 3, 4), { 0: 0, 1: 1 / 3, 2: 2 / 3, 3: 1.0, 4: 0.25, 5: 0.25 });
});

test("a floor of zero, and a floor equal to the peak", () => {
  assertLrs(new WarmupCosineSchedule(1.0, 0.0, 0, 100), { 50: 0.5, 100: 0, 101: 0 });
  assertLrs(new WarmupCosineSchedule(0.5, 0.5, 4, 8), { 2: 0.25, 4: 0.5, 6: 0.5, 8: 0.5, 9: 0.5 });
});

test("invalid arguments throw RangeError", () => {
  const bad: [number, number, number, number][] = [
    [0, 0, 10, 100], // peak must be > 0
    [-1, 0, 10, 100],
    [NaN, 0, 10, 100],
    [1, -0.1, 10, 100], // floor below 0
    [1, 1.5, 10, 100], // floor above peak
    [1, 0.1, -1, 100], // negative warmup
    [1, 0.1, 10, 10], // no decay steps
    [1, 0.1, 10, 5],
    [1, 0.1, 2.5, 100], // not integers
    [1, 0.1, 10, 100.5],
  ];
  for (const args of bad) assert.throws(() => new WarmupCosineSchedule(...args), RangeError, args.join(", "));
  const schedule = example();
  for (const step of [-1, 2.5, NaN]) assert.throws(() => schedule.lr(step), RangeError, String(step));
});
