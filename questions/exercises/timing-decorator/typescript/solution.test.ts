import { test } from "node:test";
import assert from "node:assert/strict";
import { timed } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

/** A clock that only moves when the test advances it. */
class FakeClock {
  now = 100;
  read = (): number => this.now;
  advance(seconds: number): void {
    this.now += seconds;
  }
}

function near(actual: number | undefined, expected: number): void {
  assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);
}

test("returns the result and records the elapsed seconds", () => {
  const clock = new FakeClock();
  const timings: number[] = [];
  const work = timed(
    () => {
      clock.advance(2.5);
      return "done";
    },
    (s) => timings.push(s),
    clock.read,
  );
  assert.equal(work(), "done");
  assert.equal(timings.length, 1);
  near(timings[0], 2.5);
});

test("passes arguments and this through", () => {
  const timings: number[] = [];
  const obj = {
    factor: 3,
    mul: timed(
      function (this: { factor: number }, a: number, b: number): number {
        return this.factor * a * b;
      },
      (s) => timings.push(s),
      new FakeClock().read,
    ),
  };
  assert.equal(obj.mul(2, 5), 30);
  assert.equal(timings.length, 1);
});

test("records when the function throws and rethrows the same error", () => {
  const clock = new FakeClock();
  const timings: number[] = [];
  const error = new Error("boom");
  const fail = timed(
    (): never => {
      clock.advance(0.75);
      throw error;
    },
    (s) => timings.push(s),
    clock.read,
  );
  assert.throws(() => fail(), (e: unknown) => e === error);
  assert.equal(timings.length, 1);
  near(timings[0], 0.75);
});

test("one record per call, in order", () => {
  const clock = new FakeClock();
  const timings: number[] = [];
  const step = timed((s: number) => clock.advance(s), (s) => timings.push(s), clock.read);
  for (const s of [0.5, 0.25, 2]) step(s);
  assert.equal(timings.length, 3);
  near(timings[0], 0.5);
  near(timings[1], 0.25);
  near(timings[2], 2);
});

test("default clock measures real seconds", () => {
  const timings: number[] = [];
  const busy = timed(
    () => {
      const end = Date.now() + 30;
      while (Date.now() < end) {
        // busy-wait about 30 ms
      }
    },
    (s) => timings.push(s),
  );
  busy();
  assert.equal(timings.length, 1);
  assert.ok(timings[0] >= 0.02 && timings[0] < 5, `got ${timings[0]} (seconds expected)`);
});

test("async: times the whole await", async () => {
  const clock = new FakeClock();
  const timings: number[] = [];
  const fetchIt = timed(
    async (x: number) => {
      clock.advance(1);
      await Promise.resolve();
      clock.advance(2);
      return x * 10;
    },
    (s) => timings.push(s),
    clock.read,
  );
  assert.equal(await fetchIt(4), 40);
  assert.equal(timings.length, 1);
  near(timings[0], 3);
});

test("async: nothing recorded until the promise settles", async () => {
  const timings: number[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const job = timed(
    async () => {
      await gate;
      return "ok";
    },
    (s) => timings.push(s),
    new FakeClock().read,
  );
  const pending = job();
  assert.ok(typeof pending.then === "function");
  await Promise.resolve();
  assert.equal(timings.length, 0);
  release();
  assert.equal(await pending, "ok");
  assert.equal(timings.length, 1);
});

test("async: any thenable is timed until it settles, not only a Promise", async () => {
  const clock = new FakeClock();
  const timings: number[] = [];
  let release: (value: string) => void = () => {};
  const gate = new Promise<string>((resolve) => {
    release = resolve;
  });
  // A minimal PromiseLike that is not an instance of Promise.
  const job = timed(
    (): PromiseLike<string> => ({ then: (onFulfilled, onRejected) => gate.then(onFulfilled, onRejected) }),
    (s) => timings.push(s),
    clock.read,
  );
  const pending = job();
  await Promise.resolve();
  assert.equal(timings.length, 0, "recorded before the thenable settled");
  clock.advance(1.5);
  release("ok");
  assert.equal(await pending, "ok");
  assert.equal(timings.length, 1);
  near(timings[0], 1.5);
});

test("async: rejection is recorded and propagated", async () => {
  const clock = new FakeClock();
  const timings: number[] = [];
  const error = new Error("missing");
  const broken = timed(
    async () => {
      await Promise.resolve();
      clock.advance(0.5);
      throw error;
    },
    (s) => timings.push(s),
    clock.read,
  );
  await assert.rejects(broken(), (e: unknown) => e === error);
  assert.equal(timings.length, 1);
  near(timings[0], 0.5);
});

test("async: default clock measures real seconds", async () => {
  const timings: number[] = [];
  const nap = timed(
    () => new Promise<void>((resolve) => setTimeout(resolve, 30)),
    (s) => timings.push(s),
  );
  await nap();
  assert.equal(timings.length, 1);
  assert.ok(timings[0] >= 0.02 && timings[0] < 5, `got ${timings[0]} (seconds expected)`);
});
