// Crash safety of the practice history (#11). A child process writes through ProgressStore (appends,
// imports, compactions, resets, repairing loads) and is killed with SIGKILL at random points: at a
// chosen file-system call or in the middle of a write (torn part-way), a few calls after a rewrite's
// rename, after a random delay, or after a random number of acknowledgements. A fresh store then
// loads the folder: every attempt the child acknowledged must be there exactly once, and nothing
// else but what was in flight. Started with CHILD_ENV set, this same bundled file is the child, so
// it needs no build of its own. CRASH_SEED=<n> replays a run's plans.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  promises as fsPromises,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { ATTEMPT_KINDS, type Attempt } from '../../src/progress/model';
import { toCsv } from '../../src/progress/attemptsCsv';
import { LOCK_STALE_MS } from '../../src/progress/fileLock';
import { encodeLine } from '../../src/progress/logCodec';
import { LOCK_FILE, LOG_FILE, ProgressStore, REPLACED_FILE } from '../../src/progress/progressStore';

const CHILD_ENV = 'INTERVIEW_PREP_CRASH_CHILD';
/** The child reports on this file descriptor: a pipe, written synchronously, so nothing it said is lost to the kill. */
const REPORT_FD = 3;
const RESET_BACKUP = `${LOG_FILE}.reset-`;

/** How the child dies. `call`: at its `at`-th file-system call. `rename`: `at` calls after its
 * `nth` rename (the moment a rewrite or a reset replaces the log). `tear`, from 0 to 1: die at the
 * first write from that call on, with that share of its bytes written; below 0, die at the call
 * itself, before it runs. */
type KillPlan = { mode: 'call'; at: number; tear: number } | { mode: 'rename'; nth: number; at: number; tear: number } | { mode: 'none' };

interface ChildPlan {
  dir: string;
  /** Prefix of the ids this child writes, unique per run. */
  run: string;
  seed: number;
  kill: KillPlan;
  /** Also compact over and over, concurrently with the writes. */
  compactor: boolean;
  maxOps: number;
}

/** xorshift32: the same seed gives the same choices, so a failure can be replayed with CRASH_SEED. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

const START = Date.UTC(2025, 0, 1);
const DRAFT = 'naïve — 注意 🙂 "quoted", back\\slash\nnew line; ';

function makeAttempt(id: string, random: () => number): Attempt {
  // Mostly short drafts, some long, so writes vary in size and tears land anywhere, inside characters too.
  const length = random() < 0.05 ? 2_000 + Math.floor(random() * 8_000) : Math.floor(random() * 300);
  return {
    id,
    kind: ATTEMPT_KINDS[Math.floor(random() * ATTEMPT_KINDS.length)],
    questionId: `q-${Math.floor(random() * 20)}`,
    // Random times, so a compaction reorders the log.
    at: new Date(START + Math.floor(random() * 365 * 86_400_000)).toISOString(),
    durationMs: Math.floor(random() * 600_000),
    score: Math.floor(random() * 11),
    draft: DRAFT.repeat(Math.ceil(length / DRAFT.length)).slice(0, length),
  };
}

// ---------------------------------------------------------------------------------------------
// The child

function report(line: string): void {
  writeSync(REPORT_FD, `${line}\n`);
}

type AsyncCall = (...args: unknown[]) => Promise<unknown>;
const MODULE_CALLS = ['open', 'rename', 'writeFile', 'appendFile', 'unlink', 'stat', 'lstat', 'mkdir', 'readFile', 'readdir', 'access', 'link', 'copyFile'];
const HANDLE_CALLS = ['appendFile', 'writeFile', 'write', 'datasync', 'sync', 'stat', 'read', 'close'];
const WRITES = new Set(['appendFile', 'writeFile']);

/** Wraps the promise API of node:fs, which ProgressStore calls through, so the child can die at an exact step. */
function armKillSwitch(plan: Exclude<KillPlan, { mode: 'none' }>): void {
  let calls = 0;
  let renames = 0;
  let killAt = plan.mode === 'call' ? plan.at : Infinity;
  const before = async (name: string, data: unknown, writePart: (part: Buffer) => Promise<unknown>): Promise<void> => {
    if (++calls < killAt) return;
    if (plan.tear >= 0) {
      const bytes = WRITES.has(name) && (typeof data === 'string' || Buffer.isBuffer(data)) ? Buffer.from(data) : undefined;
      if (!bytes) return;
      const part = bytes.subarray(0, Math.floor(bytes.length * plan.tear));
      if (part.length > 0) await writePart(part);
      report(`torn ${name} ${part.length}/${bytes.length}`);
    }
    process.kill(process.pid, 'SIGKILL');
  };
  const afterCall = (name: string) => {
    if (name === 'rename' && plan.mode === 'rename' && ++renames === plan.nth) killAt = calls + plan.at;
  };
  const wrap = (target: Record<string, AsyncCall>, names: readonly string[], onResult?: (value: unknown) => void) => {
    const onModule = target === moduleCalls;
    for (const name of names) {
      const original = target[name].bind(target);
      target[name] = async (...args: unknown[]) => {
        // Module writes take (file, data, options), a handle's (data, options): a tear keeps the rest.
        const data = onModule ? args[1] : args[0];
        await before(name, data, (part) => (onModule ? original(args[0], part, args[2]) : original(part, args[1])));
        const value = await original(...args);
        afterCall(name);
        onResult?.(value);
        return value;
      };
    }
  };
  const moduleCalls = fsPromises as unknown as Record<string, AsyncCall>;
  wrap(moduleCalls, MODULE_CALLS, (value) => {
    // Only open() resolves with a FileHandle; its own methods are wrapped on the instance.
    if (value && typeof value === 'object' && 'fd' in value && 'datasync' in value) wrap(value as Record<string, AsyncCall>, HANDLE_CALLS);
  });
}

async function runAsChild(plan: ChildPlan): Promise<void> {
  const random = randomFrom(plan.seed);
  if (plan.kill.mode !== 'none') armKillSwitch(plan.kill);
  const store = new ProgressStore(plan.dir);
  report('ready');
  // As the extension does first: this load repairs whatever the last crash left behind.
  report('begin load');
  await store.load();
  report('ack load');

  let serial = 0;
  const fresh = () => makeAttempt(`${plan.run}-${++serial}`, random);
  /** Attempts acknowledged since the last reset, all in the live log: an import repeats some. */
  const sinceReset = new Map<string, Attempt>();
  let writing = true;
  const compacting = (async () => {
    while (plan.compactor && writing) {
      report('begin compact');
      await store.compact();
      report('ack compact');
      await delay(5 + Math.floor(random() * 15));
    }
  })();

  for (let op = 0; op < plan.maxOps; op++) {
    const roll = random();
    if (roll < 0.72) {
      const item = fresh();
      report(`begin attempts ${item.id}`);
      await store.record(item);
      report(`ack attempts ${item.id}`);
      sinceReset.set(item.id, item);
    } else if (roll < 0.84) {
      // An import appends a batch in one write; one already-recorded attempt must come back a duplicate.
      const items = Array.from({ length: 1 + Math.floor(random() * 4) }, fresh);
      const known = [...sinceReset.values()];
      const repeat = known.length > 0 ? [known[Math.floor(random() * known.length)]] : [];
      const ids = items.map((item) => item.id).join(' ');
      report(`begin attempts ${ids}`);
      const batch = [...items, ...repeat];
      const result = roll < 0.78 ? await store.importJson(JSON.stringify(batch)) : await store.importCsv(toCsv(batch));
      const expected = { added: items.length, duplicates: repeat.length, rejected: 0, errors: [] };
      if (JSON.stringify(result) !== JSON.stringify(expected)) throw new Error(`import gave ${JSON.stringify(result)}, expected ${JSON.stringify(expected)}`);
      report(`ack attempts ${ids}`);
      for (const item of items) sinceReset.set(item.id, item);
    } else if (roll < 0.92) {
      report('begin compact');
      await store.compact();
      report('ack compact');
    } else if (roll < 0.96) {
      report('begin reset');
      await store.reset();
      report('ack reset');
      sinceReset.clear();
    } else {
      report('begin load');
      await store.load();
      report('ack load');
    }
  }
  writing = false;
  await compacting;
  report('done');
}

// ---------------------------------------------------------------------------------------------
// The parent

/** Where an acknowledged attempt must be: the live log, a reset backup, or (a reset was cut short) either. */
type Place = 'live' | 'archived' | 'either';

/** What the parent knows of one folder, from the reports of every child that wrote to it. */
interface Ledger {
  dir: string;
  places: Map<string, Place>;
  acknowledged: Set<string>;
  /** Begun, not acknowledged, by the child last killed: each may or may not have reached the disk. */
  inFlight: Set<string>;
  resetInFlight: boolean;
}

interface Tally {
  crashPoints: number;
  cleanExits: number;
  tornWrites: number;
  killedMidReset: number;
  inFlightKept: number;
  inFlightGone: number;
  locksLeft: number;
  /** Kills that left a rewrite's replaced log behind: right in the window between its rename and its copy. */
  replacedLeft: number;
  problems: string[];
  lost: Set<string>;
}

/** Stops the child from the parent: after a delay from its start, or after its n-th acknowledgement. */
type ParentKill = { after: 'delay'; ms: number } | { after: 'acks'; count: number } | undefined;

function applyReport(ledger: Ledger, tally: Tally, line: string): void {
  const [verb, what, ...ids] = line.split(' ');
  if (verb === 'begin' && what === 'attempts') for (const id of ids) ledger.inFlight.add(id);
  if (verb === 'ack' && what === 'attempts') {
    for (const id of ids) {
      ledger.inFlight.delete(id);
      ledger.places.set(id, 'live');
      ledger.acknowledged.add(id);
    }
  }
  if (verb === 'begin' && what === 'reset') ledger.resetInFlight = true;
  if (verb === 'ack' && what === 'reset') {
    for (const id of ledger.places.keys()) ledger.places.set(id, 'archived');
    ledger.resetInFlight = false;
  }
  if (verb === 'torn') tally.tornWrites++;
  if (verb === 'error') tally.problems.push(`child: ${line.slice('error '.length)}`);
}

async function runChild(plan: ChildPlan, stop: ParentKill, onReport: (line: string) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  // A child that inherits NODE_TEST_CONTEXT would take itself for a test file run by this runner.
  const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [__filename], { env: { ...env, [CHILD_ENV]: JSON.stringify(plan) }, stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  const kill = () => child.kill('SIGKILL');
  const timers: NodeJS.Timeout[] = [];
  // Not a timing assertion: only a way out for a child stuck for good, counted as one more kill.
  timers.push(setTimeout(kill, 60_000));
  const lines = createInterface({ input: child.stdio[REPORT_FD] as Readable });
  const drained = new Promise((resolve) => lines.on('close', resolve));
  let acks = 0;
  lines.on('line', (line) => {
    onReport(line);
    if (line === 'ready' && stop?.after === 'delay') timers.push(setTimeout(kill, stop.ms));
    if (line.startsWith('ack attempts') && stop?.after === 'acks' && ++acks === stop.count) kill();
  });
  try {
    const result = await exited;
    await drained;
    return result;
  } finally {
    for (const timer of timers) clearTimeout(timer);
  }
}

function countIds(attempts: readonly Attempt[], into: Map<string, number>): void {
  for (const attempt of attempts) into.set(attempt.id, (into.get(attempt.id) ?? 0) + 1);
}

/** Loads the folder as a fresh window would and checks it against the ledger. `inPlace` false loads
 * a copy, leaving any damage for the next child's own start-up load to repair. */
async function verify(ledger: Ledger, tally: Tally, scratch: () => string, inPlace: boolean): Promise<number> {
  const { dir } = ledger;
  let target = dir;
  if (!inPlace) {
    // All a fresh window would find, but the lock: a copy would look freshly taken.
    target = scratch();
    for (const name of readdirSync(dir)) if (name !== LOCK_FILE) copyFileSync(path.join(dir, name), path.join(target, name));
  }
  const live = new Map<string, number>();
  const archived = new Map<string, number>();
  try {
    countIds((await new ProgressStore(target).load()).attempts, live);
    // Each reset backup is loaded on its own, through the same recovery, from a copy.
    for (const name of readdirSync(dir).filter((file) => file.startsWith(RESET_BACKUP))) {
      const copy = scratch();
      copyFileSync(path.join(dir, name), path.join(copy, LOG_FILE));
      countIds((await new ProgressStore(copy).load()).attempts, archived);
    }
  } catch (error) {
    tally.problems.push(`${dir}: load threw ${String(error)}`);
    return 0;
  }
  if (existsSync(path.join(target, REPLACED_FILE))) tally.problems.push(`${dir}: ${REPLACED_FILE} is still there after a load`);

  const found = (id: string) => ({ inLog: live.get(id) ?? 0, inBackups: archived.get(id) ?? 0 });
  for (const [id, place] of ledger.places) {
    const { inLog, inBackups } = found(id);
    if (inLog + inBackups === 0) {
      tally.lost.add(id);
      tally.problems.push(`${id}: acknowledged, missing after a crash (expected in the ${place === 'live' ? 'log' : 'reset backups'})`);
      continue;
    }
    if (inLog + inBackups > 1) tally.problems.push(`${id}: ${inLog} time(s) in the log and ${inBackups} in reset backups`);
    else if (place === 'live' && inBackups > 0) tally.problems.push(`${id}: in a reset backup, though no reset began after it`);
    else if (place === 'archived' && inLog > 0) tally.problems.push(`${id}: still in the log after a reset that finished`);
    ledger.places.set(id, inLog > 0 ? 'live' : 'archived');
  }
  for (const id of new Set([...live.keys(), ...archived.keys()])) {
    if (ledger.places.has(id)) continue;
    if (!ledger.inFlight.has(id)) {
      tally.problems.push(`${id}: loaded, but never begun or already found gone`);
      continue;
    }
    // An attempt in flight at the kill that made it to disk is history from now on.
    const { inLog, inBackups } = found(id);
    if (inLog + inBackups > 1) tally.problems.push(`${id}: in flight, then ${inLog} time(s) in the log and ${inBackups} in reset backups`);
    ledger.places.set(id, inLog > 0 ? 'live' : 'archived');
    tally.inFlightKept++;
  }
  // Those that did not make it must never turn up later.
  tally.inFlightGone += [...ledger.inFlight].filter((id) => !ledger.places.has(id)).length;
  ledger.inFlight.clear();
  return [...ledger.acknowledged].filter((id) => live.has(id) || archived.has(id)).length;
}

const CRASHES_PER_FOLDER = 8;

/** Crashes one child after another on one folder, checking it after each; its own random stream,
 * derived from the seed, so a seed replays the same plans whatever the other folders do. */
async function crashFolder(folder: number, seed: number, tally: Tally, scratch: () => string): Promise<{ acknowledged: number; recovered: number }> {
  const random = randomFrom((seed + folder * 0x9e3779b9) >>> 0);
  const below = (n: number) => Math.floor(random() * n);
  const ledger: Ledger = { dir: scratch(), places: new Map(), acknowledged: new Set(), inFlight: new Set(), resetInFlight: false };
  let recovered = 0;
  for (let crash = 0; crash < CRASHES_PER_FOLDER; crash++) {
    const tear = random() < 0.6 ? random() : -1;
    const roll = random();
    const kill: KillPlan =
      roll < 0.35 ? { mode: 'call', at: 1 + below(250), tear } : roll < 0.55 ? { mode: 'rename', nth: 1 + below(3), at: 1 + below(8), tear } : { mode: 'none' };
    const stop: ParentKill = kill.mode !== 'none' ? undefined : random() < 0.55 ? { after: 'delay', ms: below(150) } : { after: 'acks', count: 1 + below(40) };
    const plan: ChildPlan = {
      dir: ledger.dir,
      run: `f${folder}c${crash}`,
      seed: 1 + below(2 ** 31),
      kill,
      compactor: random() < 0.4,
      maxOps: kill.mode === 'none' ? 400 : 200,
    };

    const { code, signal } = await runChild(plan, stop, (line) => applyReport(ledger, tally, line));
    tally.crashPoints++;
    if (signal !== 'SIGKILL') {
      if (code === 0) tally.cleanExits++;
      else tally.problems.push(`${plan.run}: the child exited with ${signal ?? code}`);
    }
    if (ledger.resetInFlight) {
      // The rename at its heart either happened or not: all of the log moved, or none of it.
      for (const [id, place] of ledger.places) if (place === 'live') ledger.places.set(id, 'either');
      ledger.resetInFlight = false;
      tally.killedMidReset++;
    }
    if (existsSync(path.join(ledger.dir, REPLACED_FILE))) tally.replacedLeft++;
    // A lock the killed child held would hold others off for LOCK_STALE_MS; age it by that much
    // rather than wait.
    if (existsSync(path.join(ledger.dir, LOCK_FILE))) {
      const stale = new Date(Date.now() - 2 * LOCK_STALE_MS);
      utimesSync(path.join(ledger.dir, LOCK_FILE), stale, stale);
      tally.locksLeft++;
    }
    const last = crash === CRASHES_PER_FOLDER - 1;
    const before = tally.problems.length;
    recovered = await verify(ledger, tally, scratch, last || random() < 0.5);
    if (tally.problems.length > before) tally.problems.push(`  found after run ${plan.run}: ${JSON.stringify({ kill, stop, compactor: plan.compactor })}`);
  }
  return { acknowledged: ledger.acknowledged.size, recovered };
}

const childPlan = process.env[CHILD_ENV];
if (childPlan) {
  runAsChild(JSON.parse(childPlan) as ChildPlan).then(
    () => process.exit(0),
    (error: unknown) => {
      report(`error ${String((error as Error)?.stack ?? error).replace(/\n/g, ' | ')}`);
      process.exit(1);
    },
  );
} else {
  const root = mkdtempSync(path.join(tmpdir(), 'interview-prep-crash-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  let dirs = 0;
  const tempDir = () => mkdtempSync(path.join(root, `${++dirs}-`));

  describe('progress crash safety: SIGKILL at random points while writing', () => {
    it('reloads every acknowledged attempt exactly once, on the same folder crash after crash and on fresh ones', async () => {
      const FOLDERS = 6;
      const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
      const tally: Tally = {
        crashPoints: 0,
        cleanExits: 0,
        tornWrites: 0,
        killedMidReset: 0,
        inFlightKept: 0,
        inFlightGone: 0,
        locksLeft: 0,
        replacedLeft: 0,
        problems: [],
        lost: new Set(),
      };
      let acknowledged = 0;
      let recovered = 0;
      // Two folders at a time: each mostly waits for a child to start or for an fsync.
      let next = 0;
      const worker = async () => {
        for (let folder = next++; folder < FOLDERS; folder = next++) {
          const result = await crashFolder(folder, seed, tally, tempDir);
          acknowledged += result.acknowledged;
          recovered += result.recovered;
        }
      };
      await Promise.all([worker(), worker()]);

      console.log(
        `crash safety (seed ${seed}): ${tally.crashPoints} crash points tried (${tally.tornWrites} torn writes, ${tally.killedMidReset} mid-reset, ${tally.cleanExits} clean exits), ` +
          `${acknowledged} attempts acknowledged, ${recovered} recovered, ${tally.lost.size} records lost; ` +
          `in flight at the kill: ${tally.inFlightKept} kept, ${tally.inFlightGone} gone; left behind: ${tally.locksLeft} locks, ${tally.replacedLeft} replaced logs`,
      );
      assert.deepEqual(tally.problems.slice(0, 20), [], `seed ${seed}: ${tally.problems.length} problem(s)`);
      assert.equal(tally.lost.size, 0);
      assert.equal(recovered, acknowledged);
      assert.ok(acknowledged > 0, 'the children acknowledged some attempts');
    });

    // The state the random kills above reach only now and then, built by hand: a rewrite renamed its
    // new log (without `late`, appended and acknowledged after the rewrite read the old one) over the
    // old log, and died before copying `late` over. Only the hard link to the old log still has it.
    const killedRewrite = () => {
      const dir = tempDir();
      const random = randomFrom(42);
      const [early, other, late] = ['early', 'other', 'late'].map((id) => makeAttempt(id, random));
      writeFileSync(path.join(dir, LOG_FILE), encodeLine(early) + encodeLine(other));
      writeFileSync(path.join(dir, REPLACED_FILE), encodeLine(other) + encodeLine(early) + encodeLine(other) + encodeLine(late));
      return { dir, early, other, late };
    };

    it('takes back on load what a rewrite killed after its rename left only in the replaced log', async () => {
      const { dir, early, other, late } = killedRewrite();
      assert.deepEqual((await new ProgressStore(dir).load()).attempts, [early, other, late]);
      assert.equal(existsSync(path.join(dir, REPLACED_FILE)), false);
      assert.equal(readFileSync(path.join(dir, LOG_FILE), 'utf8'), encodeLine(early) + encodeLine(other) + encodeLine(late), 'appended once, nothing repeated');
    });

    it('sets what a killed rewrite left aside into the reset backup, not into the next history', async () => {
      const { dir, early, other, late } = killedRewrite();
      const { backupFile } = await new ProgressStore(dir).reset();
      assert.ok(backupFile);
      assert.equal(readFileSync(backupFile, 'utf8'), encodeLine(early) + encodeLine(other) + encodeLine(late));
      assert.equal(existsSync(path.join(dir, REPLACED_FILE)), false);
      assert.deepEqual((await new ProgressStore(dir).load()).attempts, []);
    });
  });
}
