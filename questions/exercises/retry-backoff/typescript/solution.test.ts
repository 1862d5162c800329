import { test } from "node:test";
import assert from "node:assert/strict";
import { retry } from "./solution.ts";
import type { RetryOptions } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

// Every test has a time limit so that an endless loop fails instead of hanging the run.
const limit = { timeout: 5000 };

/** A retryable error (a timeout, a 503). */
class Transient extends Error {}
/** A non-retryable error (a 400, a bad credential). */
class Fatal extends Error {}

const retryable = (error: unknown): boolean => error instanceof Transient;

/** fn for retry(): each call takes the next outcome; an Error rejects, anything else resolves. */
class Script {
  calls = 0;
  private readonly outcomes: unknown[];
  constructor(...outcomes: unknown[]) {
    this.outcomes = outcomes;
  }
  fn = async (): Promise<unknown> => {
    const outcome = this.outcomes[this.calls++];
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
}

/** Records the waits instead of sleeping, and hands out scripted random numbers. */
class FakeTime {
  slept: number[] = [];
  randomCalls = 0;
  private readonly randoms: number[];
  constructor(...randoms: number[]) {
    this.randoms = randoms;
  }
  sleep = async (seconds: number): Promise<void> => {
    this.slept.push(seconds);
  };
  random = (): number => this.randoms[this.randomCalls++ % this.randoms.length];
}

function run(script: Script, fake: FakeTime, options: Partial<RetryOptions> = {}): Promise<unknown> {
  return retry(script.fn, {
    maxAttempts: 5,
    baseDelay: 0.1,
    maxDelay: 1.0,
    isRetryable: retryable,
    sleep: fake.sleep,
    random: fake.random,
    ...options,
  });
}

function assertDelays(got: number[], expected: number[]): void {
  assert.equal(got.length, expected.length, `slept [${got}], expected [${expected}]`);
  got.forEach((g, i) => assert.ok(Math.abs(g - expected[i]) < 1e-12, `wait ${i + 1}: slept [${got}], expected [${expected}]`));
}

const transients = (n: number): Transient[] => Array.from({ length: n }, (_, i) => new Transient(`attempt ${i + 1}`));

test("the first success returns at once", limit, async () => {
  const script = new Script("ok");
  const fake = new FakeTime(0.5);
  assert.equal(await run(script, fake), "ok");
  assert.equal(script.calls, 1);
  assert.deepEqual(fake.slept, []);
});

test("example from the prompt", limit, async () => {
  // Two timeouts, then a result; random() returns 0.5: waits 0.5 * 0.1 and 0.5 * 0.2.
  const script = new Script(new Transient(), new Transient(), 42);
  const fake = new FakeTime(0.5);
  assert.equal(await run(script, fake), 42);
  assert.equal(script.calls, 3);
  assertDelays(fake.slept, [0.05, 0.1]);
});

test("gives up after maxAttempts with the last error", limit, async () => {
  const errors = transients(4);
  const script = new Script(...errors, "never reached");
  const fake = new FakeTime(0.5);
  await assert.rejects(run(script, fake, { maxAttempts: 4 }), (error) => error === errors[3]);
  assert.equal(script.calls, 4);
  // No wait after the last attempt: 3 waits for 4 attempts.
  assertDelays(fake.slept, [0.05, 0.1, 0.2]);
});

test("success on the last attempt", limit, async () => {
  const script = new Script(new Transient(), new Transient(), "made it");
  assert.equal(await run(script, new FakeTime(0.5), { maxAttempts: 3 }), "made it");
  assert.equal(script.calls, 3);
});

test("a non-retryable error is rethrown at once", limit, async () => {
  let fatal = new Fatal("bad request");
  let script = new Script(fatal, "never reached");
  let fake = new FakeTime(0.5);
  await assert.rejects(run(script, fake), (error) => error === fatal);
  assert.deepEqual([script.calls, fake.slept], [1, []]);

  fatal = new Fatal("after a retry");
  script = new Script(new Transient(), fatal, "never reached");
  fake = new FakeTime(0.5);
  await assert.rejects(run(script, fake), (error) => error === fatal);
  assert.equal(script.calls, 2);
  assertDelays(fake.slept, [0.05]);
});

test("isRetryable sees each error", limit, async () => {
  const seen: unknown[] = [];
  const errors = [new Transient("a"), new Fatal("b")];
  const script = new Script(...errors, "ok");
  const isRetryable = (error: unknown): boolean => {
    seen.push(error);
    return true;
  };
  assert.equal(await run(script, new FakeTime(0.5), { isRetryable }), "ok");
  assert.equal(seen.length, 2);
  assert.ok(seen[0] === errors[0] && seen[1] === errors[1]);
});

test("one attempt means no retry", limit, async () => {
  const error = new Transient();
  const script = new Script(error, "never reached");
  const fake = new FakeTime(0.5);
  await assert.rejects(run(script, fake, { maxAttempts: 1 }), (e) => e === error);
  assert.deepEqual([script.calls, fake.slept], [1, []]);
});

test("delays double up to the cap", limit, async () => {
  // base 1, cap 10, random() always 0.5: caps 1, 2, 4, 8, 10, 10, ... (8 attempts, 7 waits)
  const fake = new FakeTime(0.5);
  await assert.rejects(run(new Script(...transients(8)), fake, { maxAttempts: 8, baseDelay: 1, maxDelay: 10 }), Transient);
  assertDelays(fake.slept, [0.5, 1, 2, 4, 5, 5, 5]);
});

test("full jitter scales each cap by random()", limit, async () => {
  // caps 0.1, 0.2, 0.4, 0.8, 1.0; one random() per wait, in order
  const fake = new FakeTime(0.0, 0.25, 0.9, 0.5, 0.999);
  assert.equal(await run(new Script(...transients(5), "ok"), fake, { maxAttempts: 6 }), "ok");
  assertDelays(fake.slept, [0.0, 0.05, 0.36, 0.4, 0.999]);
  assert.equal(fake.randomCalls, 5, "call random() once per wait");
});

test("jitter stays below the cap when random() is near one", limit, async () => {
  const fake = new FakeTime(0.99);
  await assert.rejects(run(new Script(...transients(12)), fake, { maxAttempts: 12, baseDelay: 0.5, maxDelay: 4 }), Transient);
  assertDelays(fake.slept, [0.5, 1, 2, 4, 4, 4, 4, 4, 4, 4, 4].map((cap) => 0.99 * cap));
});

test("a zero base delay never waits", limit, async () => {
  const fake = new FakeTime(0.7);
  assert.equal(await run(new Script(new Transient(), new Transient(), "ok"), fake, { baseDelay: 0, maxDelay: 0 }), "ok");
  assertDelays(fake.slept, [0, 0]);
});

test("a function that throws synchronously is retried too", limit, async () => {
  let calls = 0;
  const fn = (): string => {
    calls++;
    if (calls < 3) throw new Transient();
    return "sync ok";
  };
  const fake = new FakeTime(0.5);
  const result = await retry(fn, { maxAttempts: 5, baseDelay: 0.1, maxDelay: 1, isRetryable: retryable, sleep: fake.sleep, random: fake.random });
  assert.equal(result, "sync ok");
  assertDelays(fake.slept, [0.05, 0.1]);
});

test("each wait is awaited before the next attempt", limit, async () => {
  const events: string[] = [];
  const script = new Script(new Transient(), new Transient(), "ok");
  const fn = (): Promise<unknown> => {
    events.push("call");
    return script.fn();
  };
  const sleep = (seconds: number): Promise<void> => {
    events.push("sleep");
    return new Promise((resolve) => setTimeout(() => {
      events.push("woke");
      resolve();
    }, 5));
  };
  const result = await retry(fn, { maxAttempts: 5, baseDelay: 0.1, maxDelay: 1, isRetryable: retryable, sleep, random: () => 0.5 });
  assert.equal(result, "ok");
  assert.deepEqual(events, ["call", "sleep", "woke", "call", "sleep", "woke", "call"]);
});

test("invalid arguments are rejected before calling", limit, async () => {
  const bad: Partial<RetryOptions>[] = [
    { maxAttempts: 0 },
    { maxAttempts: -2 },
    { maxAttempts: 2.5 },
    { baseDelay: -0.1 },
    { baseDelay: 2, maxDelay: 1 },
    { baseDelay: NaN },
  ];
  for (const options of bad) {
    const script = new Script("ok");
    await assert.rejects(run(script, new FakeTime(0.5), options), RangeError, JSON.stringify(options));
    assert.equal(script.calls, 0);
  }
});

test("the default sleep and random", limit, async () => {
  const script = new Script(new Transient(), "ok");
  assert.equal(await retry(script.fn, { maxAttempts: 2, baseDelay: 0.001, maxDelay: 0.001, isRetryable: retryable }), "ok");
});
