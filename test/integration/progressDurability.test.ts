// The attempt log under the failures it is built for: a write torn at any byte, two processes
// appending at once, and the review schedule it feeds.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { createEmptyCard, fsrs, Rating, State } from 'ts-fsrs';
import type { Attempt, ReviewStatus } from '../../src/progress/model';
import { encodeLine } from '../../src/progress/logCodec';
import { LOG_FILE, ProgressStore } from '../../src/progress/progressStore';
import { buildCards, statusOf } from '../../src/progress/scheduler';

const root = mkdtempSync(path.join(tmpdir(), 'interview-prep-durability-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const tempDir = () => mkdtempSync(path.join(root, `${++dirs}-`));

const START = Date.UTC(2025, 0, 1, 10);
function attempt(id: string, minute: number, fields: Partial<Attempt> = {}): Attempt {
  return { id, kind: 'question', questionId: `q-${minute % 7}`, at: new Date(START + minute * 60_000).toISOString(), durationMs: 1000 * minute, ...fields };
}
const byId = (a: Attempt, b: Attempt) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('progress durability: a torn last write', () => {
  it('keeps every earlier record intact whatever byte of the last line the write stopped at', async () => {
    const dir = tempDir();
    const store = new ProgressStore(dir);
    // Multi-byte text in the last record puts some cuts inside a character.
    const written = Array.from({ length: 30 }, (_, i) =>
      attempt(
        `a-${i}`,
        i,
        i === 29 ? { score: 7, grade: 'good', allottedMs: 600_000, draft: 'naïve — 注意 🙂 "quoted", back\\slash\nnew line' } : { score: i % 11 },
      ),
    );
    for (const item of written) await store.record(item);
    const log = readFileSync(path.join(dir, LOG_FILE));
    assert.equal(log.at(-1), 0x0a);
    const lastLine = log.lastIndexOf(0x0a, log.length - 2) + 1;
    const earlier = written.slice(0, -1);
    const later = attempt('after-the-tear', 99);

    const cutAt = async (offset: number) => {
      const copy = tempDir();
      writeFileSync(path.join(copy, LOG_FILE), log.subarray(0, offset));
      const loaded = await new ProgressStore(copy).load();
      // Only a cut before the final newline leaves the whole last record readable.
      const expected = offset === log.length - 1 ? written : earlier;
      assert.deepEqual(loaded.attempts, expected, `cut at byte ${offset - lastLine} of the last line`);

      // The repaired log takes the next append on a line of its own.
      await new ProgressStore(copy).record(later);
      assert.deepEqual((await new ProgressStore(copy).load()).attempts, [...expected, later], `append after a cut at byte ${offset - lastLine}`);
    };
    // Every cut has its own folder, so a few run at once.
    const offsets = Array.from({ length: log.length - lastLine }, (_, i) => lastLine + i);
    for (let i = 0; i < offsets.length; i += 16) await Promise.all(offsets.slice(i, i + 16).map(cutAt));
  });
});

describe('progress durability: two processes appending at once', () => {
  it('loses and duplicates nothing when two processes append 1,000 records between them', async (t) => {
    const dir = tempDir();
    const log = path.join(dir, LOG_FILE);
    // Each child says it is ready, waits for the other, then appends line by line, so the writes
    // interleave. The wait is bounded only so a child that failed to start cannot hang the test.
    const script = [
      "const fs = require('fs');",
      'const [log, linesFile, mine, theirs] = process.argv.slice(1);',
      "const lines = JSON.parse(fs.readFileSync(linesFile, 'utf8'));",
      "fs.writeFileSync(mine, '');",
      'const giveUpAt = Date.now() + 30000;',
      'while (!fs.existsSync(theirs) && Date.now() < giveUpAt) {}',
      'for (const line of lines) fs.appendFileSync(log, line);',
    ].join('\n');
    const batches = ['p', 'q'].map((name) =>
      Array.from({ length: 500 }, (_, i) =>
        attempt(`${name}-${i}`, i, {
          kind: i % 5 === 0 ? 'exercise' : 'question',
          draft: `${name}${i} `.repeat(i % 40),
          ...(i % 5 === 0 ? { outcome: 'passed' as const } : { score: i % 11 }),
        }),
      ),
    );
    const runs = batches.map((batch, n) => {
      const linesFile = path.join(dir, `lines-${n}.json`);
      writeFileSync(linesFile, JSON.stringify(batch.map(encodeLine)));
      const child = spawn(process.execPath, ['-e', script, log, linesFile, path.join(dir, `ready-${n}`), path.join(dir, `ready-${1 - n}`)], {
        stdio: 'inherit',
      });
      return new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('exit', resolve);
      });
    });
    assert.deepEqual(await Promise.all(runs), [0, 0]);

    const loaded = await new ProgressStore(dir).load();
    assert.equal(loaded.recovered, undefined, 'no line was damaged');
    assert.equal(loaded.attempts.length, 1000);
    assert.equal(new Set(loaded.attempts.map((item) => item.id)).size, 1000);
    assert.deepEqual([...loaded.attempts].sort(byId), batches.flat().sort(byId));
    // Each process's records stay in the order it wrote them.
    for (const name of ['p', 'q']) {
      const order = loaded.attempts.filter((item) => item.id.startsWith(`${name}-`)).map((item) => Number(item.id.slice(2)));
      assert.deepEqual(
        order,
        Array.from({ length: 500 }, (_, i) => i),
      );
    }
    // How much the writes interleaved depends on the machine, so it is reported, not asserted.
    const switches = loaded.attempts.filter((item, index) => index > 0 && item.id[0] !== loaded.attempts[index - 1].id[0]).length;
    t.diagnostic(`the two writers took turns ${switches} times`);
  });
});

describe('progress durability: the schedule the log feeds', () => {
  it('takes a card New → Learning → Review with good grades given when it falls due', () => {
    const reference = fsrs({ enable_fuzz: false });
    let expected = createEmptyCard(new Date(START));
    assert.equal(expected.state, State.New);

    const history: Attempt[] = [];
    let now = new Date(START);
    assert.equal(buildCards(history, now).get('q'), undefined);
    const states: State[] = [State.New];
    const statuses: ReviewStatus[] = [statusOf(undefined, now)];
    const intervals: number[] = [];
    for (let review = 0; review < 6; review++) {
      history.push({ id: `r-${review}`, kind: 'question', questionId: 'q', at: now.toISOString(), durationMs: 60_000, grade: 'good', score: 8 });
      const card = buildCards(history, now).get('q');
      assert.ok(card);
      // The replayed log gives exactly the card ts-fsrs itself schedules.
      expected = reference.next(expected, now, Rating.Good).card;
      assert.equal(card.state, expected.state);
      assert.equal(card.due.getTime(), expected.due.getTime());
      assert.equal(card.reps, review + 1);
      assert.ok(card.due.getTime() > now.getTime(), 'the next review lies ahead');
      assert.equal(statusOf(card, card.due), 'due', 'and is due when its time comes');
      states.push(card.state);
      statuses.push(statusOf(card, now));
      intervals.push(card.due.getTime() - now.getTime());
      now = card.due;
    }

    const phases = states.filter((state, index) => index === 0 || state !== states[index - 1]);
    assert.deepEqual(phases, [State.New, State.Learning, State.Review], 'never relearning, never back');
    assert.equal(states[1], State.Learning, 'the first good grade starts learning');
    assert.equal(statuses[0], 'new');
    assert.equal(statuses[1], 'learning');
    assert.equal(statuses.at(-1), 'mastered');
    // Once in review, each good grade on time lengthens the interval.
    const reviewIntervals = intervals.slice(states.indexOf(State.Review) - 1);
    for (let i = 1; i < reviewIntervals.length; i++) assert.ok(reviewIntervals[i] > reviewIntervals[i - 1], `interval ${i} grows`);
  });
});
