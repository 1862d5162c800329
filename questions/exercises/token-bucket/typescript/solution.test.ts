import { test } from "node:test";
import assert from "node:assert/strict";
import { TokenBucket } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

/** A clock that only moves when the test advances it (seconds). */
class FakeClock {
  now: number;
  constructor(start = 0) {
    this.now = start;
  }
  read = (): number => this.now;
  advance(seconds: number): void {
    this.now += seconds;
  }
}

function near(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);
}

test("starts full, then denies", () => {
  const clock = new FakeClock();
  const b = new TokenBucket(3, 1, clock.read);
  assert.deepEqual([b.allow(), b.allow(), b.allow(), b.allow()], [true, true, true, false]);
});

test("refills over time", () => {
  const clock = new FakeClock();
  const b = new TokenBucket(2, 2, clock.read);
  assert.equal(b.allow(), true);
  assert.equal(b.allow(), true);
  assert.equal(b.allow(), false);
  clock.advance(0.25);
  near(b.available(), 0.5);
  assert.equal(b.allow(), false);
  clock.advance(0.25);
  assert.equal(b.allow(), true);
  assert.equal(b.allow(), false);
});

test("refill is capped at capacity", () => {
  const clock = new FakeClock();
  const b = new TokenBucket(5, 10, clock.read);
  for (let i = 0; i < 5; i++) b.allow();
  clock.advance(100);
  near(b.available(), 5);
  let allowed = 0;
  for (let i = 0; i < 10; i++) if (b.allow()) allowed++;
  assert.equal(allowed, 5);
});

test("a denied request consumes nothing", () => {
  const clock = new FakeClock();
  const b = new TokenBucket(3, 1, clock.read);
  assert.equal(b.allow(2), true);
  assert.equal(b.allow(2), false);
  near(b.available(), 1);
  assert.equal(b.allow(1), true);
});

test("a cost above capacity is always denied", () => {
  const b = new TokenBucket(3, 1, new FakeClock().read);
  assert.equal(b.allow(4), false);
  near(b.available(), 3);
});

test("fractional rate and costs", () => {
  const clock = new FakeClock();
  const b = new TokenBucket(1, 0.5, clock.read);
  assert.equal(b.allow(0.5), true);
  assert.equal(b.allow(0.5), true);
  assert.equal(b.allow(0.5), false);
  clock.advance(1);
  assert.equal(b.allow(0.5), true);
  assert.equal(b.allow(0.25), false);
});

test("zero rate never refills", () => {
  const clock = new FakeClock();
  const b = new TokenBucket(1, 0, clock.read);
  assert.equal(b.allow(), true);
  clock.advance(1_000_000);
  assert.equal(b.allow(), false);
});

test("a clock going backwards adds nothing", () => {
  const clock = new FakeClock(50);
  const b = new TokenBucket(2, 1, clock.read);
  b.allow();
  b.allow();
  clock.advance(-10);
  assert.equal(b.allow(), false);
  near(b.available(), 0);
});

test("invalid arguments throw RangeError", () => {
  const clock = new FakeClock();
  for (const [capacity, rate] of [
    [0, 1],
    [-1, 1],
    [1, -0.5],
  ]) {
    assert.throws(() => new TokenBucket(capacity, rate, clock.read), RangeError);
  }
  const b = new TokenBucket(1, 1, clock.read);
  assert.throws(() => b.allow(0), RangeError);
  assert.throws(() => b.allow(-1), RangeError);
});

test("long run at the sustained rate", () => {
  // 8 tokens/s, a request every 1/64 s for 100 s: each step adds exactly 0.125.
  const clock = new FakeClock();
  const b = new TokenBucket(5, 8, clock.read);
  let allowed = 0;
  for (let i = 0; i < 6400; i++) {
    clock.now = i / 64;
    if (b.allow()) allowed++;
  }
  // 5 initial tokens + 6399 * 0.125 = 804.875 tokens in total
  assert.equal(allowed, 804);
  near(b.available(), 0.875);
});

test("default clock", () => {
  const b = new TokenBucket(2, 1);
  assert.equal(b.allow(), true);
  assert.equal(b.allow(), true);
  assert.equal(b.allow(1.5), false);
});
