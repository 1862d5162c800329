// One history across machines (#21): two simulated machines, each with its own local folder, share
// one "synced" folder on this disk. What a sync tool does wrong is done to the folder by hand: a
// half-delivered log, a log from a newer version, a deleted log, clocks hours apart, two machines
// writing at the same moment, a conflict copy, and a machine killed with SIGKILL in the middle of
// writing. Every attempt must stay readable, and none may be counted twice. Started with CHILD_ENV
// set, this bundled file is the machine that gets killed.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { encodeLine, sealRecord } from '../../src/progress/logCodec';
import type { Attempt } from '../../src/progress/model';
import { ProgressStore } from '../../src/progress/progressStore';
import { buildCards } from '../../src/progress/scheduler';
import { isMachineId, machineSlug, mergeAttempts, resolveHistoryFolder, SharedHistory } from '../../src/progress/sharedHistory';

const CHILD_ENV = 'INTERVIEW_PREP_SHARED_CHILD';
const REPORT_FD = 3;
const roots: string[] = [];

function attempt(id: string, at: string, extra: Partial<Attempt> = {}): Attempt {
  return { id, kind: 'question', questionId: `q-${id}`, at, durationMs: 1000, grade: 'good', score: 7, ...extra };
}

/** A disk with one synced folder and a local folder per machine. */
function disk() {
  const root = mkdtempSync(path.join(tmpdir(), 'ip-shared-'));
  roots.push(root);
  const synced = path.join(root, 'Dropbox', 'interview-prep');
  mkdirSync(synced, { recursive: true });
  const machine = (name: string, now?: () => Date) => new SharedHistory(new ProgressStore(path.join(root, name, 'progress'), now), synced, name, now);
  return { root, synced, machine };
}

const idsOf = (attempts: readonly Attempt[]) => attempts.map((item) => item.id);
const sorted = (ids: readonly string[]) => [...ids].sort();

after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

if (process.env[CHILD_ENV]) {
  // The child: a machine that records attempts as fast as it can until it is killed.
  const { local, synced, machine, prefix } = JSON.parse(process.env[CHILD_ENV]) as { local: string; synced: string; machine: string; prefix: string };
  const history = new SharedHistory(new ProgressStore(local), synced, machine);
  void (async () => {
    for (let n = 0; ; n++) {
      const id = `${prefix}-${n}`;
      await history.record(attempt(id, new Date(Date.UTC(2026, 10, 1) + n * 1000).toISOString(), { draft: 'x'.repeat(2000 + (n % 7) * 500) }));
      writeSync(REPORT_FD, `${id}\n`);
    }
  })();
} else {
  describe('a history shared through a synced folder', () => {
    it("lets two machines see each other's attempts, each writing only its own log", async () => {
      const { synced, machine } = disk();
      const laptop = machine('laptop-1a2b3c');
      const desktop = machine('desktop-4d5e6f');
      await laptop.record(attempt('a1', '2026-11-01T09:00:00.000Z'));
      await laptop.record(attempt('a2', '2026-11-02T09:00:00.000Z'));
      await desktop.record(attempt('b1', '2026-11-01T20:00:00.000Z'));
      assert.deepEqual(
        readdirSync(synced)
          .filter((name) => name.endsWith('.log'))
          .sort(),
        ['attempts-desktop-4d5e6f.log', 'attempts-laptop-1a2b3c.log'],
      );
      const seenByDesktop = await desktop.load();
      assert.deepEqual(idsOf(seenByDesktop.attempts), ['a1', 'b1', 'a2'], 'merged in time order');
      assert.equal(seenByDesktop.shared.fromOthers, 2);
      assert.equal(seenByDesktop.shared.otherLogs, 1);
      assert.deepEqual(idsOf((await laptop.load()).attempts), ['a1', 'b1', 'a2']);
      // Each log holds only its machine's attempts.
      const laptopLog = readFileSync(path.join(synced, 'attempts-laptop-1a2b3c.log'), 'utf8');
      assert.match(laptopLog, /"id":"a1"/);
      assert.doesNotMatch(laptopLog, /"id":"b1"/);
    });

    it('copies the history a machine had before sharing into its log in the folder, once', async () => {
      const { root, synced, machine } = disk();
      const before = new ProgressStore(path.join(root, 'laptop-1', 'progress'));
      await before.record(attempt('old-1', '2026-10-01T09:00:00.000Z'));
      await before.record(attempt('old-2', '2026-10-02T09:00:00.000Z'));
      const laptop = machine('laptop-1');
      const first = await laptop.load();
      assert.equal(first.shared.mirrored, 2);
      assert.deepEqual(idsOf(first.attempts), ['old-1', 'old-2']);
      assert.equal((await laptop.load()).shared.mirrored, 0, 'nothing copied twice');
      assert.deepEqual(idsOf((await machine('desktop-2').load()).attempts), ['old-1', 'old-2']);
      assert.equal(readFileSync(path.join(synced, 'attempts-laptop-1.log'), 'utf8').split('\n').filter(Boolean).length, 2);
    });

    it("reads the complete lines of a half-delivered log, and never rewrites another machine's file", async () => {
      const { synced, machine } = disk();
      const laptop = machine('laptop');
      const desktop = machine('desktop');
      for (let n = 0; n < 5; n++) await laptop.record(attempt(`a${n}`, `2026-11-0${n + 1}T09:00:00.000Z`));
      const file = path.join(synced, 'attempts-laptop.log');
      const whole = readFileSync(file);
      // The sync tool has delivered the file up to the middle of its fourth line.
      const lines = whole.toString('utf8').split('\n');
      const partial = `${lines.slice(0, 3).join('\n')}\n${lines[3].slice(0, 40)}`;
      writeFileSync(file, partial);
      const seen = await desktop.load();
      assert.deepEqual(idsOf(seen.attempts), ['a0', 'a1', 'a2']);
      assert.equal(seen.shared.unreadableLines, 1);
      assert.equal(readFileSync(file, 'utf8'), partial, "the other machine's log is only read");
      // The rest arrives: everything is there, once.
      writeFileSync(file, whole);
      assert.deepEqual(idsOf((await desktop.load()).attempts), ['a0', 'a1', 'a2', 'a3', 'a4']);
    });

    it('keeps lines from a newer version of the extension, counted, without losing the attempts around them', async () => {
      const { synced, machine } = disk();
      const newer = sealRecord(JSON.stringify({ v: 99, attempt: { id: 'future', kind: 'hologram', at: '2026-11-05T00:00:00Z' } }));
      writeFileSync(
        path.join(synced, 'attempts-laptop.log'),
        `${encodeLine(attempt('a1', '2026-11-01T09:00:00.000Z'))}${newer}\n${encodeLine(attempt('a2', '2026-11-02T09:00:00.000Z'))}`,
      );
      const seen = await machine('desktop').load();
      assert.deepEqual(idsOf(seen.attempts), ['a1', 'a2']);
      assert.equal(seen.shared.newerLines, 1);
      assert.equal(seen.shared.unreadableLines, 0);
    });

    it('loses nothing when a log is deleted in the folder: its owner writes it again, the others remember it', async () => {
      const { synced, machine } = disk();
      const laptop = machine('laptop');
      const desktop = machine('desktop');
      await laptop.record(attempt('a1', '2026-11-01T09:00:00.000Z'));
      await desktop.record(attempt('b1', '2026-11-01T10:00:00.000Z'));
      assert.deepEqual(idsOf((await desktop.load()).attempts), ['a1', 'b1']);
      // Someone deletes the laptop's log on the desktop, and the sync tool deletes it everywhere.
      unlinkSync(path.join(synced, 'attempts-laptop.log'));
      assert.deepEqual(idsOf((await desktop.load()).attempts), ['a1', 'b1'], 'the desktop still has what it read');
      const again = await laptop.load();
      assert.equal(again.shared.mirrored, 1, 'the laptop writes its log again from its own copy');
      assert.ok(existsSync(path.join(synced, 'attempts-laptop.log')));
      // A new machine that never saw the deleted log sees everything once it is back.
      assert.deepEqual(idsOf((await machine('tablet').load()).attempts), ['a1', 'b1']);
    });

    it('orders attempts by their times when the clocks disagree by hours, each attempt once', async () => {
      const { machine } = disk();
      // The desktop's clock runs five hours fast; the attempts carry the times each clock gave.
      const laptop = machine('laptop');
      const desktop = machine('desktop');
      await laptop.record(attempt('a1', '2026-11-01T09:00:00.000Z', { questionId: 'q' }));
      await desktop.record(attempt('b1', '2026-11-01T14:30:00.000Z', { questionId: 'q', grade: 'again' }));
      await laptop.record(attempt('a2', '2026-11-01T10:00:00.000Z', { questionId: 'q' }));
      const seenByLaptop = await laptop.load();
      const seenByDesktop = await desktop.load();
      assert.deepEqual(idsOf(seenByLaptop.attempts), ['a1', 'a2', 'b1']);
      assert.deepEqual(idsOf(seenByDesktop.attempts), idsOf(seenByLaptop.attempts), 'both machines replay the same order');
      const now = new Date('2026-11-02T00:00:00Z');
      assert.deepEqual(buildCards(seenByLaptop.attempts, now).get('q'), buildCards(seenByDesktop.attempts, now).get('q'), 'and so schedule the same');
    });

    it('keeps every attempt once when two machines append at the same moment', async () => {
      const { machine } = disk();
      const laptop = machine('laptop');
      const desktop = machine('desktop');
      const at = '2026-11-01T09:00:00.000Z';
      await Promise.all(Array.from({ length: 40 }, (_, n) => (n % 2 ? laptop : desktop).record(attempt(`${n % 2 ? 'a' : 'b'}${n}`, at))));
      const expected = sorted(Array.from({ length: 40 }, (_, n) => `${n % 2 ? 'a' : 'b'}${n}`));
      const [one, two] = [await laptop.load(), await desktop.load()];
      assert.deepEqual(sorted(idsOf(one.attempts)), expected);
      assert.deepEqual(idsOf(one.attempts), idsOf(two.attempts), 'same time: ordered by id on both');
    });

    it("counts a sync tool's conflict copy of a log once", async () => {
      const { synced, machine } = disk();
      const laptop = machine('laptop');
      await laptop.record(attempt('a1', '2026-11-01T09:00:00.000Z'));
      await laptop.record(attempt('a2', '2026-11-02T09:00:00.000Z'));
      copyFileSync(path.join(synced, 'attempts-laptop.log'), path.join(synced, 'attempts-laptop (conflicted copy 2026-11-02).log'));
      const seen = await machine('desktop').load();
      assert.deepEqual(idsOf(seen.attempts), ['a1', 'a2']);
      assert.equal(seen.shared.otherLogs, 2);
    });

    it('keeps practising on this machine when the folder is gone, and copies the attempts there when it is back', async () => {
      const { root, synced, machine } = disk();
      rmSync(path.join(root, 'Dropbox'), { recursive: true });
      const laptop = machine('laptop');
      const refused = await laptop.record(attempt('a1', '2026-11-01T09:00:00.000Z'));
      assert.match(refused ?? '', /does not exist/);
      assert.equal(existsSync(synced), false, 'a missing folder (a drive not connected) is never created');
      const offline = await laptop.load();
      assert.deepEqual(idsOf(offline.attempts), ['a1']);
      assert.match(offline.shared.problem ?? '', /does not exist/);
      mkdirSync(synced, { recursive: true });
      const online = await laptop.load();
      assert.equal(online.shared.problem, undefined);
      assert.equal(online.shared.mirrored, 1);
      assert.deepEqual(idsOf((await machine('desktop').load()).attempts), ['a1']);
    });

    it('keeps every acknowledged attempt once when a machine is killed with SIGKILL in the middle of writing', async () => {
      const { root, synced, machine } = disk();
      const local = path.join(root, 'killed', 'progress');
      const acknowledged: string[] = [];
      for (let round = 0; round < 3; round++) {
        const child = spawn(process.execPath, [__filename], {
          env: { ...process.env, [CHILD_ENV]: JSON.stringify({ local, synced, machine: 'killed', prefix: `r${round}` }) },
          stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
        });
        const reports = createInterface({ input: child.stdio[REPORT_FD] as Readable });
        const killAfter = 15 + round * 20;
        let count = 0;
        const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
        for await (const line of reports) {
          acknowledged.push(line);
          if (++count >= killAfter) {
            child.kill('SIGKILL');
            break;
          }
        }
        await exited;
      }
      // Another machine reads the folder as the killed one left it; the killed machine comes back.
      const other = await machine('other').load();
      const back = await new SharedHistory(new ProgressStore(local), synced, 'killed').load();
      for (const seen of [other.attempts, back.attempts]) {
        const ids = idsOf(seen);
        assert.equal(new Set(ids).size, ids.length, 'no attempt twice');
        for (const id of acknowledged) assert.ok(ids.includes(id), `acknowledged attempt ${id} is missing`);
      }
      assert.deepEqual(
        sorted(idsOf((await machine('third').load()).attempts)),
        sorted(idsOf(back.attempts)),
        'after the comeback every machine sees the same history',
      );
    });
  });

  describe('shared history names and paths', () => {
    it('makes file-safe machine ids', () => {
      assert.equal(machineSlug("Ana's MacBook Pro.local"), 'ana-s-macbook-pro-local');
      assert.equal(machineSlug('###'), 'machine');
      assert.ok(isMachineId(`${machineSlug('DESKTOP-9QX')}-a1b2c3`));
      for (const bad of ['', '-x', 'x-', 'A', '../up', 'a/b', 'a'.repeat(65), 7]) assert.equal(isMachineId(bad), false, String(bad));
      assert.throws(() => new SharedHistory(new ProgressStore(tmpdir()), tmpdir(), '../escape'), TypeError);
    });

    it('resolves ~ and ${userHome}, and refuses a relative folder', () => {
      assert.equal(resolveHistoryFolder('~/Dropbox/prep', '/home/ana'), path.normalize('/home/ana/Dropbox/prep'));
      assert.equal(resolveHistoryFolder('${userHome}/sync', '/home/ana'), path.normalize('/home/ana/sync'));
      assert.equal(resolveHistoryFolder('  /srv/prep/  ', '/home/ana'), path.normalize('/srv/prep/'));
      assert.equal(resolveHistoryFolder('Dropbox/prep', '/home/ana'), undefined);
      assert.equal(resolveHistoryFolder('~ana/x', '/home/ana'), undefined, 'only a bare ~ means home');
      assert.equal(resolveHistoryFolder('', '/home/ana'), undefined);
    });

    it('merges sources each attempt once, the first copy winning, in time order with ties by id', () => {
      const a = attempt('a', '2026-11-01T09:00:00.000Z', { score: 1 });
      const b = attempt('b', '2026-11-01T09:00:00.000Z');
      const c = attempt('c', '2026-10-01T09:00:00.000Z');
      const merged = mergeAttempts([b, a], [{ ...a, score: 9 }, c]);
      assert.deepEqual(idsOf(merged), ['c', 'a', 'b']);
      assert.equal(merged.find((item) => item.id === 'a')?.score, 1);
    });
  });
}
