import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Attempt } from '../../src/progress/model';
import { SCHEMA_VERSION } from '../../src/progress/attemptSchema';
import { parseCsv } from '../../src/progress/attemptsCsv';
import { crc32, crc32InJs, encodeLine, sealRecord } from '../../src/progress/logCodec';
import { compactionDue, LOCK_FILE, LOG_FILE, ProgressStore } from '../../src/progress/progressStore';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'interview-prep-progress-'));
}

let counter = 0;
function attempt(fields: Partial<Attempt> = {}): Attempt {
  counter++;
  return {
    id: `a-${counter}`,
    kind: 'question',
    questionId: 'q-1',
    at: new Date(Date.UTC(2025, 0, 1, 10, counter)).toISOString(),
    durationMs: 1000 * counter,
    ...fields,
  };
}

const logOf = (dir: string) => readFileSync(path.join(dir, LOG_FILE), 'utf8');
const linesOf = (dir: string) =>
  logOf(dir)
    .split('\n')
    .filter((line) => line !== '');
const filesLike = (dir: string, prefix: string) =>
  readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .map((name) => path.join(dir, name));
const byId = (a: Attempt, b: Attempt) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('ProgressStore: round trip and format', () => {
  it('loads what it recorded, every field intact, in a new instance', async () => {
    const dir = tempDir();
    const full = attempt({
      kind: 'exercise',
      allottedMs: 600_000,
      score: 7,
      grade: 'good',
      hintsUsed: 2,
      outcome: 'passed',
      draft: 'line one\nline "two", ünïcödé',
      language: 'python',
      timeToGreenMs: 250_000,
      casesPassed: 5,
      casesTotal: 7,
      sessionId: 's-1',
    });
    const suggested = attempt({
      score: 5,
      grade: 'hard',
      draft: 'an answer',
      suggestedScore: 6,
      suggestedBy: 'Scripted Model (scripted/scripted-1)',
      interview: "Follow-up 1 (the interviewer's): Why?\nAnswer: Because.",
    });
    const written = [attempt(), full, suggested, attempt({ questionId: 'q-2' })];
    const store = new ProgressStore(dir);
    for (const item of written) await store.record(item);
    const loaded = await new ProgressStore(dir).load();
    assert.deepEqual(loaded, { attempts: written, stale: 0 });
  });

  it('writes one checksummed, versioned JSON line per record', async () => {
    const dir = tempDir();
    const store = new ProgressStore(dir);
    await store.record(attempt());
    await store.record(attempt());
    const lines = linesOf(dir);
    assert.equal(lines.length, 2);
    for (const line of lines) {
      const record = JSON.parse(line);
      assert.equal(record.v, SCHEMA_VERSION);
      assert.match(record.crc, /^[0-9a-f]{8}$/);
      assert.equal(line, sealRecord(JSON.stringify({ v: record.v, attempt: record.attempt })));
    }
  });

  it('computes the standard CRC-32 check value, natively or in JavaScript alike', () => {
    for (const checksum of [crc32, crc32InJs]) {
      assert.equal(checksum('123456789'), 0xcbf43926);
      assert.equal(checksum(''), 0);
      assert.equal(checksum('ünïcödé, 名前 🙂'), crc32InJs('ünïcödé, 名前 🙂'));
    }
  });

  it('refuses to record an invalid attempt', async () => {
    const store = new ProgressStore(tempDir());
    await assert.rejects(store.record({ ...attempt(), durationMs: -1 }), TypeError);
    await assert.rejects(store.record({ ...attempt(), at: 'yesterday' }), TypeError);
  });

  it('returns an empty history for a folder that does not exist yet', async () => {
    assert.deepEqual(await new ProgressStore(path.join(tempDir(), 'not', 'yet')).load(), { attempts: [], stale: 0 });
  });

  it('dedupes by id on load; compact removes the duplicate lines and sorts by time', async () => {
    const dir = tempDir();
    const store = new ProgressStore(dir);
    const [early, late] = [attempt(), attempt()];
    await store.record(late);
    await store.record(early);
    await store.record(late);
    assert.deepEqual(await store.load(), { attempts: [late, early], stale: 1 });
    assert.equal(linesOf(dir).length, 3, 'record() never rewrites the log');
    assert.deepEqual(await store.compact(), { attempts: 2, dropped: 1 });
    assert.equal(linesOf(dir).length, 2);
    assert.deepEqual(await store.load(), { attempts: [early, late], stale: 0 });
  });

  it('removes the temp files of a rewrite that was killed, on the next compact', async () => {
    const dir = tempDir();
    const store = new ProgressStore(dir);
    const kept = attempt();
    await store.record(kept);
    writeFileSync(path.join(dir, `${LOG_FILE}.4242-dead.tmp`), 'half a rewrite');
    writeFileSync(path.join(dir, 'notes.tmp'), 'not ours');
    await store.compact();
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.endsWith('.tmp')),
      ['notes.tmp'],
    );
    assert.deepEqual((await store.load()).attempts, [kept]);
  });

  it('counts repeated ids and old-schema lines as stale, and calls a compaction due only when it pays', async () => {
    const dir = tempDir();
    const store = new ProgressStore(dir);
    const fresh = Array.from({ length: 300 }, () => attempt());
    for (const item of fresh) await store.record(item);
    let loaded = await store.load();
    assert.equal(loaded.stale, 0);
    assert.equal(compactionDue(loaded), false, 'a clean log is left alone');

    // 19 repeats in 319 lines: too few to be worth a rewrite.
    appendFileSync(path.join(dir, LOG_FILE), fresh.slice(0, 19).map(encodeLine).join(''));
    loaded = await store.load();
    assert.equal(loaded.stale, 19);
    assert.equal(compactionDue(loaded), false);

    // One old-schema (v0) line and 20 more repeats: 40 stale lines are over a tenth of 340.
    appendFileSync(
      path.join(dir, LOG_FILE),
      `{"questionId":"q-9","time":"2024-03-01T09:30:00Z","grade":"good"}\n${fresh.slice(19, 39).map(encodeLine).join('')}`,
    );
    loaded = await store.load();
    assert.equal(loaded.stale, 40);
    assert.equal(compactionDue(loaded), true);
    await store.compact();
    loaded = await store.load();
    assert.equal(loaded.stale, 0);
    assert.equal(loaded.attempts.length, 301);

    // A large log: 200 stale lines are due even when they are a small share.
    assert.equal(compactionDue({ attempts: new Array(100_000), stale: 199 }), false);
    assert.equal(compactionDue({ attempts: new Array(100_000), stale: 200 }), true);
  });
});

describe('ProgressStore: damaged logs', () => {
  it('recovers from a torn tail: keeps every complete record and backs up the original bytes', async () => {
    const dir = tempDir();
    const store = new ProgressStore(dir);
    const kept = [attempt(), attempt(), attempt()];
    for (const item of kept) await store.record(item);
    const torn = encodeLine(attempt());
    appendFileSync(path.join(dir, LOG_FILE), torn.slice(0, torn.length / 2));
    const original = readFileSync(path.join(dir, LOG_FILE));

    const loaded = await store.load();
    assert.deepEqual(loaded.attempts, kept);
    assert.equal(loaded.recovered?.badLines, 1);
    assert.equal(path.dirname(loaded.recovered.backupFile), dir);
    assert.match(path.basename(loaded.recovered.backupFile), /^attempts\.log\.corrupt-/);
    assert.deepEqual(readFileSync(loaded.recovered.backupFile), original);
    assert.equal(logOf(dir), kept.map(encodeLine).join(''), 'the log keeps only the good lines');

    const next = attempt();
    await store.record(next);
    assert.deepEqual(await store.load(), { attempts: [...kept, next], stale: 0 });
  });

  it('drops corrupt lines in the middle and keeps the records around them', async () => {
    const dir = tempDir();
    const [first, second, third] = [attempt(), attempt({ questionId: 'q-abc' }), attempt()];
    const damaged = encodeLine(second).replace('q-abc', 'q-abd');
    writeFileSync(path.join(dir, LOG_FILE), encodeLine(first) + damaged + 'not json at all\n' + encodeLine(third));

    const loaded = await new ProgressStore(dir).load();
    assert.deepEqual(loaded.attempts, [first, third]);
    assert.equal(loaded.recovered?.badLines, 2);
    assert.equal(readFileSync(loaded.recovered.backupFile, 'utf8'), encodeLine(first) + damaged + 'not json at all\n' + encodeLine(third));
    assert.equal(logOf(dir), encodeLine(first) + encodeLine(third));
  });

  it('keeps a record appended after a torn write, though it lands on the same line', async () => {
    const dir = tempDir();
    const [before, after] = [attempt(), attempt()];
    const torn = encodeLine(attempt()).slice(0, 40);
    writeFileSync(path.join(dir, LOG_FILE), encodeLine(before) + torn + encodeLine(after));

    const loaded = await new ProgressStore(dir).load();
    assert.deepEqual(loaded.attempts, [before, after]);
    assert.equal(loaded.recovered?.badLines, 1);
    assert.equal(logOf(dir), encodeLine(before) + encodeLine(after));
  });

  it('adds the missing newline after a complete last record, without reporting damage', async () => {
    const dir = tempDir();
    const only = attempt();
    writeFileSync(path.join(dir, LOG_FILE), encodeLine(only).trimEnd());
    assert.deepEqual(await new ProgressStore(dir).load(), { attempts: [only], stale: 0 });
    assert.equal(logOf(dir), encodeLine(only));
  });

  it('never throws on arbitrary bytes', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, LOG_FILE), Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0x7b, 0x22, 0x76, 0x22, 0x3a, 0x0a, 0x5b, 0x5d, 0x0a]));
    const loaded = await new ProgressStore(dir).load();
    assert.deepEqual(loaded.attempts, []);
    assert.equal(loaded.recovered?.badLines, 3);
  });

  it('keeps lines written by a newer schema version untouched through a compact', async () => {
    const dir = tempDir();
    const future = sealRecord(JSON.stringify({ v: SCHEMA_VERSION + 1, attempt: { id: 'f', shape: 'unknown to us' } }));
    const known = attempt();
    writeFileSync(path.join(dir, LOG_FILE), `${future}\n${encodeLine(known)}`);
    const store = new ProgressStore(dir);
    assert.deepEqual(await store.load(), { attempts: [known], stale: 0 });
    await store.compact();
    assert.deepEqual(linesOf(dir), [encodeLine(known).trimEnd(), future]);
  });
});

describe('ProgressStore: schema migrations', () => {
  const v0Lines = [
    '{"questionId":"rag-basics","time":"2024-03-01T09:30:00Z","grade":"good"}',
    '{"questionId":"bias-variance","time":1709290800000,"grade":1}',
    '{"questionId":"no-time","grade":"easy"}',
  ];

  it('migrates lines without a version (v0) and gives them stable ids', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, LOG_FILE), v0Lines.join('\n') + '\n');
    const store = new ProgressStore(dir);
    const loaded = await store.load();
    assert.equal(loaded.recovered?.badLines, 1, 'the v0 line without a time cannot become an attempt');
    const [rag, bias] = loaded.attempts;
    assert.equal(loaded.attempts.length, 2);
    assert.match(rag.id, /^v0-[0-9a-f]{16}$/);
    assert.deepEqual({ ...rag, id: '' }, { id: '', kind: 'question', questionId: 'rag-basics', at: '2024-03-01T09:30:00.000Z', durationMs: 0, grade: 'good' });
    assert.deepEqual(
      { ...bias, id: '' },
      { id: '', kind: 'question', questionId: 'bias-variance', at: new Date(1709290800000).toISOString(), durationMs: 0, grade: 'again' },
    );
    assert.deepEqual((await store.load()).attempts, loaded.attempts, 'ids derive from the line, so a reload matches');
  });

  it('rewrites migrated lines in the current version on compact, mixed with current ones', async () => {
    const dir = tempDir();
    const current = attempt({ at: '2025-06-01T00:00:00.000Z' });
    writeFileSync(path.join(dir, LOG_FILE), `${v0Lines[0]}\n${encodeLine(current)}`);
    const store = new ProgressStore(dir);
    const before = (await store.load()).attempts;
    await store.compact();
    const lines = linesOf(dir);
    assert.deepEqual(
      lines.map((line) => JSON.parse(line).v),
      [SCHEMA_VERSION, SCHEMA_VERSION],
    );
    assert.deepEqual((await store.load()).attempts, before);
  });

  // The interviewer's fields (suggestedScore, suggestedBy, interview) were added to version 1 as
  // optional fields, without a migration: these tests hold the promise attemptSchema.ts makes.
  it('reads lines written before the suggested-grade fields, and keeps them as they were on compact', async () => {
    const dir = tempDir();
    const before = attempt({ score: 7, grade: 'good', draft: 'old answer' });
    const now = attempt({
      score: 5,
      grade: 'hard',
      suggestedScore: 6,
      suggestedBy: 'Scripted Model (scripted/scripted-1)',
      interview: 'Follow-up 1: Why?\nAnswer: Because.',
    });
    const lines = [encodeLine(before).trimEnd(), encodeLine(now).trimEnd()];
    writeFileSync(path.join(dir, LOG_FILE), `${lines.join('\n')}\n`);
    const store = new ProgressStore(dir);
    assert.deepEqual((await store.load()).attempts, [before, now]);
    await store.compact();
    assert.deepEqual(linesOf(dir), lines, 'both lines are written back byte for byte');
  });

  it('as an older reader would: a version-1 line with fields it does not know still loads, and is written back whole', async () => {
    const dir = tempDir();
    const known = attempt({ score: 8, grade: 'good' });
    const line = sealRecord(JSON.stringify({ v: 1, attempt: { ...known, reviewedBy: 'a later field', rubric: { points: 3 } } }));
    writeFileSync(path.join(dir, LOG_FILE), `${line}\n`);
    const store = new ProgressStore(dir);
    assert.deepEqual((await store.load()).attempts, [known], 'the unknown fields are left out of the attempt');
    await store.compact();
    assert.deepEqual(linesOf(dir), [line], 'and kept in the log for the version that knows them');
  });

  it('rejects a suggested score that is not a whole number from 0 to 10, like any bad field', async () => {
    for (const suggestedScore of [11, -1, 6.5, '7']) {
      const dir = tempDir();
      const line = sealRecord(JSON.stringify({ v: 1, attempt: { ...attempt(), suggestedScore } }));
      writeFileSync(path.join(dir, LOG_FILE), `${line}\n`);
      const loaded = await new ProgressStore(dir).load();
      assert.deepEqual(loaded.attempts, [], `suggestedScore ${JSON.stringify(suggestedScore)}`);
    }
  });
});

describe('ProgressStore: concurrent writers', () => {
  it('loses nothing when two instances record at once', async () => {
    const dir = tempDir();
    const [one, two] = [new ProgressStore(dir), new ProgressStore(dir)];
    const written = Array.from({ length: 200 }, (_, i) => attempt({ id: `both-${i}` }));
    await Promise.all(written.map((item, i) => (i % 2 ? one : two).record(item)));
    const loaded = await one.load();
    assert.equal(loaded.recovered, undefined);
    assert.deepEqual([...loaded.attempts].sort(byId), [...written].sort(byId));
  });

  it('loses nothing recorded while another instance compacts', async () => {
    const dir = tempDir();
    const [writer, compactor] = [new ProgressStore(dir), new ProgressStore(dir)];
    const first = Array.from({ length: 50 }, (_, i) => attempt({ id: `first-${i}` }));
    for (const item of first) await writer.record(item);
    // Four writers each record one after another while the compactor compacts over and over, so
    // renames fall between some writer's open and write.
    const streams = Array.from({ length: 4 }, (_, w) => Array.from({ length: 40 }, (_, i) => attempt({ id: `race-${w}-${i}` })));
    const writing = streams.map(async (stream) => {
      for (const item of stream) await writer.record(item);
    });
    const compacting = (async () => {
      for (let i = 0; i < 8; i++) await compactor.compact();
    })();
    await Promise.all([...writing, compacting]);
    const loaded = await writer.load();
    assert.deepEqual([...loaded.attempts].sort(byId), [...first, ...streams.flat()].sort(byId));
  });

  it('loses nothing when two processes append 200 records each', async () => {
    const dir = tempDir();
    const log = path.join(dir, LOG_FILE);
    const script =
      "const fs = require('fs'); const [log, lines] = process.argv.slice(1); for (const line of JSON.parse(fs.readFileSync(lines, 'utf8'))) fs.appendFileSync(log, line);";
    const batches = ['p', 'q'].map((name) => Array.from({ length: 200 }, (_, i) => attempt({ id: `${name}-${i}`, draft: `${name} `.repeat(i) })));
    const runs = batches.map((batch, n) => {
      const linesFile = path.join(dir, `lines-${n}.json`);
      writeFileSync(linesFile, JSON.stringify(batch.map(encodeLine)));
      const child = spawn(process.execPath, ['-e', script, log, linesFile], { stdio: 'inherit' });
      return new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('exit', resolve);
      });
    });
    assert.deepEqual(await Promise.all(runs), [0, 0]);
    const loaded = await new ProgressStore(dir).load();
    assert.equal(loaded.recovered, undefined);
    assert.deepEqual([...loaded.attempts].sort(byId), batches.flat().sort(byId));
  });

  it('breaks a stale lock left by a window that died', async () => {
    const dir = tempDir();
    const store = new ProgressStore(dir);
    await store.record(attempt());
    const lock = path.join(dir, LOCK_FILE);
    writeFileSync(lock, 'a window that died');
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, longAgo, longAgo);
    assert.deepEqual(await store.compact(), { attempts: 1, dropped: 0 });
    assert.deepEqual(filesLike(dir, LOCK_FILE), [], 'the lock is released');
  });
});

describe('ProgressStore: export and import', () => {
  const tricky = () => [
    attempt({ draft: 'commas, "quotes", and\nnew lines\r\nof both kinds', language: 'typescript' }),
    attempt({ draft: '=SUM(A1:A3) looks like a formula', score: 0 }),
    attempt({ draft: "'already quoted", questionId: '@handle' }),
    attempt({ draft: '-', hintsUsed: 0, outcome: 'failed', kind: 'exercise' }),
    attempt({ draft: '  padded  ', grade: 'easy', allottedMs: 1.5 }),
  ];

  it('round-trips CSV with commas, quotes, new lines and formula-like text', async () => {
    const source = new ProgressStore(tempDir());
    const written = tricky();
    for (const item of written) await source.record(item);
    const csv = await source.exportCsv();
    assert.equal(
      csv.split('\r\n')[0],
      'id,kind,questionId,at,durationMs,allottedMs,score,grade,hintsUsed,outcome,draft,language,timeToGreenMs,casesPassed,casesTotal,sessionId,suggestedScore,suggestedBy,interview,regrades',
    );
    assert.ok(csv.includes(",'=SUM(A1:A3) looks like a formula,"), 'formula-like text is defused');

    const target = new ProgressStore(tempDir());
    assert.deepEqual(await target.importCsv(csv), { added: written.length, duplicates: 0, rejected: 0, errors: [] });
    assert.deepEqual((await target.load()).attempts, written);
  });

  it('parses quoted cells that span lines', () => {
    assert.deepEqual(parseCsv('a,b\r\n"x\r\ny","say ""hi"""\n\n1,\n'), [
      ['a', 'b'],
      ['x\r\ny', 'say "hi"'],
      ['1', ''],
    ]);
  });

  it('round-trips JSON, and a second import adds only duplicates', async () => {
    const source = new ProgressStore(tempDir());
    const written = tricky();
    for (const item of written) await source.record(item);
    const json = await source.exportJson();
    assert.equal(JSON.parse(json).schemaVersion, SCHEMA_VERSION);

    const target = new ProgressStore(tempDir());
    assert.deepEqual(await target.importJson(json), { added: written.length, duplicates: 0, rejected: 0, errors: [] });
    assert.deepEqual(await target.importJson(json), { added: 0, duplicates: written.length, rejected: 0, errors: [] });
    assert.deepEqual((await target.load()).attempts, written);
  });

  it('rejects invalid records, counts duplicates, and appends only new ids', async () => {
    const dir = tempDir();
    const store = new ProgressStore(dir);
    const existing = attempt();
    await store.record(existing);
    const fresh = attempt({ at: '2025-02-01T12:00:00+01:00' });
    const result = await store.importJson(
      JSON.stringify([
        fresh,
        existing,
        fresh,
        { ...attempt(), id: '' },
        { ...attempt(), kind: 'quiz' },
        { ...attempt(), at: '01/02/2025' },
        { ...attempt(), durationMs: -5 },
        { ...attempt(), score: 11 },
        { ...attempt(), grade: 'meh' },
        'not an object',
        null,
      ]),
    );
    assert.deepEqual({ ...result, errors: result.errors.length }, { added: 1, duplicates: 2, rejected: 8, errors: 8 });
    assert.equal(result.errors[1], 'attempt 5: kind must be one of question, exercise, mock, pitch');
    assert.deepEqual((await store.load()).attempts, [existing, { ...fresh, at: '2025-02-01T11:00:00.000Z' }]);
    assert.equal(linesOf(dir).length, 2);
  });

  it('rejects bad CSV rows and documents without throwing', async () => {
    const store = new ProgressStore(tempDir());
    const csv =
      'id,kind,questionId,at,durationMs,extra\r\n' +
      'ok,question,q,2025-01-01T00:00:00Z,5,ignored\r\n' +
      'bad-ms,question,q,2025-01-01T00:00:00Z,five,x\r\n' +
      'short,question\r\n';
    const result = await store.importCsv(csv);
    assert.deepEqual({ ...result, errors: result.errors.length }, { added: 1, duplicates: 0, rejected: 2, errors: 2 });
    assert.deepEqual(await store.importCsv('id,kind\r\n1,question\r\n'), {
      added: 0,
      duplicates: 0,
      rejected: 1,
      errors: ['missing column(s): questionId, at, durationMs'],
    });
    assert.equal((await store.importJson('{not json')).rejected, 1);
    assert.equal((await store.importJson('{"attempts": 3}')).rejected, 1);
    assert.deepEqual(
      (await store.load()).attempts.map((item) => item.id),
      ['ok'],
    );
  });
});

describe('ProgressStore: reset', () => {
  it('sets the history aside in a backup and starts empty', async () => {
    const dir = tempDir();
    const store = new ProgressStore(dir);
    const old = [attempt(), attempt()];
    for (const item of old) await store.record(item);
    const before = logOf(dir);
    const { backupFile } = await store.reset();
    assert.ok(backupFile);
    assert.match(path.basename(backupFile), /^attempts\.log\.reset-/);
    assert.equal(readFileSync(backupFile, 'utf8'), before);
    assert.deepEqual(await store.load(), { attempts: [], stale: 0 });

    const next = attempt();
    await store.record(next);
    assert.deepEqual(await store.load(), { attempts: [next], stale: 0 });
    assert.deepEqual(await new ProgressStore(tempDir()).reset(), {}, 'nothing to set aside');
  });
});
