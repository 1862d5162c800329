import { test } from "node:test";
import assert from "node:assert/strict";
import { runBounded } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

/** Every test gets a time limit, so a task that is never finished fails the test instead of hanging the run. */
const LIMIT = { timeout: 3000 };

/** Tasks that record when they start and finish only when the test opens their gate. */
class Gated {
  readonly started: number[] = [];
  readonly calls: number[];
  private readonly openers: Array<() => void> = [];
  private readonly gates: Array<Promise<void>>;
  private readonly failing: ReadonlySet<number>;

  constructor(n: number, failing: ReadonlySet<number> = new Set()) {
    this.failing = failing;
    this.calls = new Array<number>(n).fill(0);
    this.gates = Array.from({ length: n }, () => new Promise<void>((resolve) => this.openers.push(resolve)));
  }

  open(i: number): void {
    this.openers[i]();
  }

  tasks(): Array<() => Promise<number>> {
    return this.gates.map((gate, i) => () => {
      this.calls[i]++;
      this.started.push(i);
      return gate.then(() => {
        if (this.failing.has(i)) throw new Error(`task ${i} failed`);
        return i * 10;
      });
    });
  }
}

/** Let everything that is ready run (promise callbacks and timers due now). */
async function settle(rounds = 50): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Wait until condition() holds; fail after `ms`. */
async function until(condition: () => boolean, what: string, ms = 1000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`gave up waiting: ${what}`);
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
  }
  await settle();
}

test("example from the prompt", LIMIT, async () => {
  const g = new Gated(5);
  const job = runBounded(g.tasks(), 2);
  await until(() => g.started.length >= 2, "two tasks start");
  assert.deepEqual(g.started, [0, 1], "exactly `limit` tasks start at once");
  g.open(1);
  await until(() => g.started.length >= 3, "a task starts when task 1 finishes");
  assert.deepEqual(g.started, [0, 1, 2], "the freed slot is refilled at once, while task 0 still runs");
  g.open(0);
  await until(() => g.started.length >= 4, "a task starts when task 0 finishes");
  assert.deepEqual(g.started, [0, 1, 2, 3]);
  for (const i of [4, 3, 2]) g.open(i);
  assert.deepEqual(await job, [0, 10, 20, 30, 40]);
  assert.deepEqual(g.calls, [1, 1, 1, 1, 1], "each task is started exactly once");
});

test("results follow the input order", LIMIT, async () => {
  const g = new Gated(4);
  const job = runBounded(g.tasks(), 4);
  await until(() => g.started.length === 4, "all four tasks start");
  for (const i of [3, 1, 0, 2]) {
    g.open(i);
    await settle();
  }
  assert.deepEqual(await job, [0, 10, 20, 30]);
});

test("limit one runs one task at a time", LIMIT, async () => {
  const g = new Gated(3);
  const job = runBounded(g.tasks(), 1);
  await until(() => g.started.length >= 1, "the first task starts");
  assert.deepEqual(g.started, [0]);
  g.open(0);
  await until(() => g.started.length >= 2, "the second task starts");
  assert.deepEqual(g.started, [0, 1]);
  g.open(1);
  g.open(2);
  assert.deepEqual(await job, [0, 10, 20]);
});

test("a limit above the number of tasks", LIMIT, async () => {
  const g = new Gated(3);
  for (let i = 0; i < 3; i++) g.open(i);
  assert.deepEqual(await runBounded(g.tasks(), 10), [0, 10, 20]);
  assert.deepEqual(g.calls, [1, 1, 1]);
});

test("never more than limit in flight", LIMIT, async () => {
  let running = 0;
  let peak = 0;
  const make = (i: number) => async (): Promise<number> => {
    running++;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => setTimeout(resolve, i % 4));
    running--;
    return i;
  };
  const tasks = Array.from({ length: 30 }, (_, i) => make(i));
  assert.deepEqual(await runBounded(tasks, 3), Array.from({ length: 30 }, (_, i) => i));
  assert.equal(peak, 3);
});

test("no tasks", LIMIT, async () => {
  assert.deepEqual(await runBounded([], 3), []);
});

test("a failure stops the pool", LIMIT, async () => {
  const g = new Gated(5, new Set([1]));
  const job = runBounded(g.tasks(), 2);
  const outcome = job.then(
    () => "resolved",
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  await until(() => g.started.length >= 2, "two tasks start");
  g.open(1); // task 1 fails while task 0 is still waiting
  let settled = false;
  void outcome.then(() => (settled = true));
  await until(() => settled, "the call fails as soon as task 1 fails");
  assert.equal(await outcome, "task 1 failed");
  assert.deepEqual(g.started, [0, 1], "no task starts after the failure");
  g.open(0); // task 0 ends late; still nothing new may start
  await settle();
  assert.deepEqual(g.started, [0, 1], "no task starts after the failure, even when a slot frees up");
});

test("an invalid limit rejects with RangeError", LIMIT, async () => {
  for (const limit of [0, -1, 1.5, NaN]) {
    await assert.rejects(async () => runBounded([async () => 1], limit), RangeError, `limit ${limit}`);
  }
});
