import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { fitLogistic } from "./solution.ts";
import { Worker } from "node:worker_threads";

/**
 * Every test has a limit on the CPU time it uses. A test stuck in a loop never gives this thread
 * back, so no timer here could stop it: a watchdog thread reads the process's CPU time instead and,
 * once the running test has used more than CPU_LIMIT_MS, names it and ends the run. CPU time, not
 * the wall clock, so a busy machine slows a correct solution down without failing it.
 */
const CPU_LIMIT_MS = 2000;
const watchdog = new Worker(
  `const { parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
   let running = null;
   parentPort.on("message", (message) => { running = message; });
   setInterval(() => {
     if (running === null) return;
     const { user, system } = process.cpuUsage();
     const used = (user + system) / 1000 - running.startMs;
     if (used <= workerData.limitMs) return;
     process.getBuiltinModule("node:fs").writeSync(2, "\\n\\u2716 " + JSON.stringify(running.name) + " used more than " + workerData.limitMs +
       " ms of CPU time without finishing: stopped (an endless loop, or the slow algorithm?)\\n");
     process.kill(process.pid, "SIGKILL");
   }, 20);`,
  { eval: true, workerData: { limitMs: CPU_LIMIT_MS } },
);
watchdog.unref();
const cpuNowMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
beforeEach(async (t) => {
  // One turn of the event loop first, so the results so far are reported before a test that hangs.
  await new Promise((resolve) => setImmediate(resolve));
  watchdog.postMessage({ name: t.name, startMs: cpuNowMs() });
});
afterEach(() => watchdog.postMessage(null));

/**
 * Code that starts a child's watchdog: a thread that kills the child (SIGKILL) once it has used
 * `cpuMs` of CPU time more than when the watchdog started, so a slow or endless solution stops at
 * the CPU limit however busy the machine is.
 */
function childWatchdog(cpuMs: number): string {
  const thread =
    `const { workerData: endMs } = process.getBuiltinModule("node:worker_threads");\n` +
    `setInterval(() => {\n` +
    `  const { user, system } = process.cpuUsage();\n` +
    `  if ((user + system) / 1000 > endMs) process.kill(process.pid, "SIGKILL");\n` +
    `}, 20);`;
  return (
    `{ const { Worker } = await import("node:worker_threads"); const { user, system } = process.cpuUsage();\n` +
    `  new Worker(${JSON.stringify(thread)}, { eval: true, workerData: (user + system) / 1000 + ${cpuMs} }).unref(); }\n`
  );
}

/**
 * Run `body` (plain JavaScript that can use the solution module as `m` and
 * ends with `return <json-serialisable value>`) in a child process, and fail if
 * it uses more than `cpuMs` of CPU time. The limit is on CPU time, not the wall
 * clock, so a busy machine slows a correct solution down without failing it; a
 * watchdog thread in the child stops it at the limit,
 * and a child still running after 20 * cpuMs of wall-clock time is killed too.
 */
function runWithCpuLimit(body: string, cpuMs: number): unknown {
  const url = new URL("./solution.ts", import.meta.url).href;
  const code =
    `import * as m from ${JSON.stringify(url)};\n` +
    `const run = () => {\n${body}\n};\n` +
    childWatchdog(cpuMs) +
    `const before = process.cpuUsage();\n` +
    `const value = run();\n` +
    `const used = process.cpuUsage(before);\n` +
    `process.stdout.write(JSON.stringify({ value, cpuMs: (used.user + used.system) / 1000 }));`;
  const result = spawnSync(
    process.execPath,
    ["--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
    { encoding: "utf8", timeout: 20 * cpuMs, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.signal === "SIGKILL") {
    assert.fail(`used more than ${cpuMs} ms of CPU time and was stopped: check the complexity`);
  }
  if (result.error || result.signal) {
    assert.fail(`still running after ${20 * cpuMs} ms: check the complexity`);
  }
  assert.equal(result.status, 0, result.stderr);
  const { value, cpuMs: used } = JSON.parse(result.stdout) as { value: unknown; cpuMs: number };
  assert.ok(used <= cpuMs, `used ${Math.round(used)} ms of CPU time, more than ${cpuMs} ms: check the complexity`);
  return value;
}

function assertFit(got: { w: number[]; b: number }, w: number[], b: number, eps = 1e-9): void {
  assert.equal(got.w.length, w.length, "one weight per column");
  got.w.forEach((g, k) => assert.ok(Math.abs(g - w[k]) <= eps, `w[${k}]: ${g} != ${w[k]}`));
  assert.ok(Math.abs(got.b - b) <= eps, `b: ${got.b} != ${b}`);
}

const sigma = (z: number): number => 1 / (1 + Math.exp(-z));

test("example, one step", () => {
  // Both predictions 0.5: grad_w = (1 * -0.5 + -1 * 0.5) / 2 = -0.5, grad_b = 0.
  assertFit(fitLogistic([[1], [-1]], [1, 0], 1, 1), [0.5], 0);
});

test("example, two steps", () => {
  // Second step: p = [sigma(0.5), sigma(-0.5)], residuals [-sigma(-0.5), sigma(-0.5)].
  assertFit(fitLogistic([[1], [-1]], [1, 0], 1, 2), [0.5 + sigma(-0.5)], 0);
  assertFit(fitLogistic([[1], [-1]], [1, 0], 1, 2), [0.8775407], 0, 1e-6);
});

test("bias only", () => {
  // A zero feature: residuals [-0.5, -0.5, 0.5], grad_b = -0.5 / 3, b = 0.5 / 6.
  assertFit(fitLogistic([[0], [0], [0]], [1, 1, 0], 0.5, 1), [0], 1 / 12);
});

test("two features", () => {
  // Residuals [0.5, -0.5]: grad_w = ([0.5, 1] + [-1.5, 0.5]) / 2 = [-0.5, 0.75], grad_b = 0.
  assertFit(fitLogistic([[1, 2], [3, -1]], [0, 1], 0.1, 1), [0.05, -0.075], 0);
});

test("weights and bias together", () => {
  // Residuals [-0.5, -0.5, 0.5]: grad_w = [-2/3, 0], grad_b = -0.5 / 3.
  assertFit(fitLogistic([[1, 2], [3, -1], [0, 1]], [1, 1, 0], 1, 1), [2 / 3, 0], 1 / 6);
});

test("zero steps", () => {
  assertFit(fitLogistic([[1, 2, 3]], [1], 0.1, 0), [0, 0, 0], 0);
});

test("large logits", () => {
  // Step 1: w = 500. Then the logits are +-500,000, the predictions are exactly 1 and 0, and nothing moves.
  assertFit(fitLogistic([[1000], [-1000]], [1, 0], 1, 3), [500], 0);
});

test("converges to the optimum", () => {
  // Not separable, so a finite optimum exists, where the mean residual and its correlation with x vanish.
  const X = [[-2], [-1], [-0.5], [0.5], [1], [2]];
  const y = [0, 0, 1, 0, 1, 1];
  const { w, b } = runWithCpuLimit(
    `return m.fitLogistic(${JSON.stringify(X)}, ${JSON.stringify(y)}, 1, 3000);`,
    2000,
  ) as { w: number[]; b: number };
  const residual = X.map((x, j) => sigma(w[0] * x[0] + b) - y[j]);
  assert.ok(Math.abs(residual.reduce((s, r) => s + r, 0)) < 1e-6, "mean residual");
  assert.ok(Math.abs(residual.reduce((s, r, j) => s + r * X[j][0], 0)) < 1e-6, "residual times x");
  assert.ok(w[0] > 0.5, "the weight points towards the positive class");
  // By symmetry of this data under x -> -x, y -> 1 - y, the bias is 0.
  assert.ok(Math.abs(b) < 1e-6, "bias");
});

test("invalid arguments throw RangeError", () => {
  const X = [[1], [2]];
  const y = [0, 1];
  const cases: [number[][], number[], number, number][] = [
    [[], [], 0.1, 1],
    [[[1], [2, 3]], y, 0.1, 1],
    [X, [0], 0.1, 1],
    [X, [0, 2], 0.1, 1],
    [X, [0, -1], 0.1, 1],
    [X, [0, 0.5], 0.1, 1],
    [X, y, 0, 1],
    [X, y, -0.1, 1],
    [X, y, 0.1, -1],
  ];
  for (const [cx, cy, lr, steps] of cases) {
    assert.throws(() => fitLogistic(cx, cy, lr, steps), RangeError, JSON.stringify([cx, cy, lr, steps]));
  }
});

test("the inputs are not modified", () => {
  const X = [[1, 2], [3, -1]];
  const y = [0, 1];
  fitLogistic(X, y, 0.1, 5);
  assert.deepEqual(X, [[1, 2], [3, -1]]);
  assert.deepEqual(y, [0, 1]);
});
