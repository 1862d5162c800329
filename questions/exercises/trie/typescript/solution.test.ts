import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { Trie } from "./solution.ts";
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

test("insert and search", () => {
  const t = new Trie();
  t.insert("apple");
  assert.equal(t.search("apple"), true);
  assert.equal(t.search("app"), false);
  assert.equal(t.search("apples"), false);
  assert.equal(t.startsWith("app"), true);
  t.insert("app");
  assert.equal(t.search("app"), true);
});

test("empty trie", () => {
  const t = new Trie();
  assert.equal(t.search("a"), false);
  assert.equal(t.search(""), false);
  assert.equal(t.startsWith("a"), false);
  assert.equal(t.startsWith(""), false);
});

test("empty string as word and prefix", () => {
  const t = new Trie();
  t.insert("x");
  assert.equal(t.startsWith(""), true);
  assert.equal(t.search(""), false);
  t.insert("");
  assert.equal(t.search(""), true);
});

test("prefix longer than any word", () => {
  const t = new Trie();
  t.insert("car");
  assert.equal(t.startsWith("cars"), false);
  assert.equal(t.startsWith("car"), true);
});

test("branching words", () => {
  const t = new Trie();
  const words = ["to", "tea", "ted", "ten", "i", "in", "inn"];
  for (const w of words) t.insert(w);
  for (const w of words) assert.equal(t.search(w), true, w);
  assert.equal(t.search("te"), false);
  assert.equal(t.search("t"), false);
  assert.equal(t.startsWith("te"), true);
  assert.equal(t.startsWith("tx"), false);
  assert.equal(t.startsWith("a"), false);
});

test("duplicate inserts", () => {
  const t = new Trie();
  t.insert("go");
  t.insert("go");
  assert.equal(t.search("go"), true);
  assert.equal(t.search("g"), false);
});

test("case sensitive", () => {
  const t = new Trie();
  t.insert("Apple");
  assert.equal(t.search("apple"), false);
  assert.equal(t.startsWith("ap"), false);
  assert.equal(t.startsWith("Ap"), true);
});

test("any characters", () => {
  const t = new Trie();
  for (const w of ["caf\u00e9", "\u65e5\u672c\u8a9e", "a b-c", "12:30"]) t.insert(w);
  assert.equal(t.search("caf\u00e9"), true);
  assert.equal(t.search("cafe"), false);
  assert.equal(t.startsWith("\u65e5\u672c"), true);
  assert.equal(t.startsWith("a b"), true);
  assert.equal(t.search("12:30"), true);
  // Every character is a step of its own: none may be skipped or folded into another.
  for (const absent of ["caf", "\u65e5\u672c", "abc", "a b", "12:31", "1230", ""]) {
    assert.equal(t.search(absent), false, JSON.stringify(absent));
  }
  assert.equal(t.startsWith("12:3 "), false);
});

test("many words and queries", () => {
  const out = runWithCpuLimit(
    `// a distinct 8-letter word for each i in 0..79,999 (deterministic)
     const word = (i) => {
       let x = (i * 2654435761) % 208827064576; // 26 ** 8
       let s = "";
       for (let k = 0; k < 8; k++) {
         s += String.fromCharCode(97 + (x % 26));
         x = Math.floor(x / 26);
       }
       return s;
     };
     const t = new m.Trie();
     for (let i = 0; i < 80000; i += 2) t.insert(word(i));
     let found = 0, prefixHits = 0, longer = 0;
     for (let i = 0; i < 80000; i++) if (t.search(word(i))) found++;
     for (let i = 0; i < 80000; i += 2) if (t.startsWith(word(i).slice(0, 5))) prefixHits++;
     for (let i = 0; i < 80000; i += 2) if (t.startsWith(word(i) + "a")) longer++;
     return [found, prefixHits, longer];`,
    4500,
  );
  assert.deepEqual(out, [40_000, 40_000, 0]);
});
