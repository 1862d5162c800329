// The CPU-time limits of an exercise's tests, shared by every exercise: solution.test.ts imports it
// from beside itself, where scaffolding puts it. Edit the tests, not this file.
import { afterEach, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { Worker } from "node:worker_threads";

/**
 * Gives every test in the file a limit of `limitMs` on the CPU time it uses. A test stuck in a loop
 * never gives this thread back, so no timer here could stop it: a watchdog thread reads the
 * process's CPU time instead and, once the running test has used more than `limitMs`, names it and
 * ends the run. CPU time, not the wall clock, so a busy machine slows a correct solution down
 * without failing it. Call it once, at the top of the test file.
 */
export function limitEachTest(limitMs: number): void {
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
    { eval: true, workerData: { limitMs } },
  );
  watchdog.unref();
  beforeEach(async (t) => {
    // One turn of the event loop first, so the results so far are reported before a test that hangs.
    await new Promise((resolve) => setImmediate(resolve));
    watchdog.postMessage({ name: t.name, startMs: cpuNowMs() });
  });
  afterEach(() => watchdog.postMessage(null));
}

function cpuNowMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Code that starts a child's watchdog: a thread that kills the child (SIGKILL) once it has used
 * `cpuMs` of CPU time more than when the watchdog started, so a slow or endless solution stops at
 * the CPU limit however busy the machine is.
 */
export function childWatchdog(cpuMs: number): string {
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

export interface ChildOptions {
  /** Plain JavaScript run before `body` and before the limit starts (building a large input, say). */
  setup?: string;
  /** Extra arguments for the child's `node` (`--max-old-space-size=256`, say). */
  nodeArgs?: string[];
  /** What a failure at the limit tells the user to check. */
  hint?: string;
}

/**
 * Runs `body` (plain JavaScript that can use the solution module as `m` and ends with
 * `return <json-serialisable value>`) in a child process, and fails if it uses more than `cpuMs` of
 * CPU time. The limit is on CPU time, not the wall clock, so a busy machine slows a correct solution
 * down without failing it; a watchdog thread in the child stops it at the limit, and a child still
 * running after 20 * cpuMs of wall-clock time is killed too.
 */
export function runWithCpuLimit(body: string, cpuMs: number, options: ChildOptions = {}): unknown {
  const { setup = "", nodeArgs = [], hint = "check the complexity" } = options;
  const url = new URL("./solution.ts", import.meta.url).href;
  const code =
    `import * as m from ${JSON.stringify(url)};\n` +
    `${setup}\n` +
    `const run = () => {\n${body}\n};\n` +
    childWatchdog(cpuMs) +
    `const before = process.cpuUsage();\n` +
    `const value = run();\n` +
    `const used = process.cpuUsage(before);\n` +
    `process.stdout.write(JSON.stringify({ value, cpuMs: (used.user + used.system) / 1000 }));`;
  const result = spawnSync(
    process.execPath,
    [...nodeArgs, "--experimental-strip-types", "--no-warnings", "--input-type=module", "-e", code],
    { encoding: "utf8", timeout: 20 * cpuMs, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.signal === "SIGKILL") {
    assert.fail(`used more than ${cpuMs} ms of CPU time and was stopped: ${hint}`);
  }
  if (result.error || result.signal) {
    assert.fail(`still running after ${20 * cpuMs} ms: ${hint}`);
  }
  assert.equal(result.status, 0, `the child process failed (running out of memory can mean an endless loop): ${result.stderr.slice(-1500)}`);
  const { value, cpuMs: used } = JSON.parse(result.stdout) as { value: unknown; cpuMs: number };
  assert.ok(used <= cpuMs, `used ${Math.round(used)} ms of CPU time, more than ${cpuMs} ms: ${hint}`);
  return value;
}
