// Property-based tests (fast-check) for the progress log: its codec, CSV and JSON round trips, and a store that keeps every intact record.
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { ATTEMPT_KINDS, OUTCOMES, RECALL_GRADES, type Attempt } from '../../src/progress/model';
import { ATTEMPT_FIELDS, validateAttempt } from '../../src/progress/attemptSchema';
import { parseCsv, toCsv } from '../../src/progress/attemptsCsv';
import { crc32, decodeLine, encodeLine } from '../../src/progress/logCodec';
import { LOG_FILE, ProgressStore } from '../../src/progress/progressStore';
import { anyText, eol, holds, scratchDir, slug } from './propertyHelpers';

// ---------------------------------------------------------------------------------------------
// 4. The progress log

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/** ISO 8601 times as the store accepts them: Z or an offset, minutes to microseconds. */
const isoTime = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) }),
    offset: fc.integer({ min: -14 * 4, max: 14 * 4 }).map((quarters) => quarters * 15),
    precision: fc.constantFrom('minutes', 'seconds', 'millis', 'micros'),
    zulu: fc.boolean(),
  })
  .map(({ ms, offset, precision, zulu }) => {
    const shift = zulu ? 0 : offset;
    const wall = new Date(ms + shift * 60_000).toISOString();
    let text = wall.slice(0, 16);
    if (precision !== 'minutes') text += wall.slice(16, 19);
    if (precision === 'millis' || precision === 'micros') text += wall.slice(19, 23);
    if (precision === 'micros') text += '417';
    return text + (zulu ? 'Z' : `${shift < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(shift) / 60))}:${pad(Math.abs(shift) % 60)}`);
  });
// `+ 0` turns -0 into 0: JSON writes both as 0, so -0 cannot come back (and means nothing here).
const milliseconds = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e15, noNaN: true })).map((value) => value + 0);
const idText = fc.oneof(slug, anyText(30)).filter((text) => text.trim() !== '' && text.length <= 200);
const tricky = fc.constantFrom(
  '',
  ' ',
  'a,b',
  '"quoted"',
  'line\nbreak',
  'cr\rlf\r\n',
  '=SUM(A1:A3)',
  '+1',
  '-1',
  '@handle',
  '\tindent',
  "'quoted",
  "''",
  "'=x",
  '\uFEFFbom',
  '{"v":1}',
  '",',
  'é🙂',
  '\ud800',
);
const attemptArbitrary: fc.Arbitrary<Attempt> = fc.record(
  {
    id: idText,
    kind: fc.constantFrom(...ATTEMPT_KINDS),
    questionId: fc.oneof(
      idText,
      tricky.filter((text) => text.trim() !== ''),
    ),
    at: isoTime,
    durationMs: milliseconds,
    allottedMs: milliseconds,
    score: fc.double({ min: 0, max: 10, noNaN: true }).map((value) => value + 0),
    grade: fc.constantFrom(...RECALL_GRADES),
    hintsUsed: fc.nat(),
    outcome: fc.constantFrom(...OUTCOMES),
    draft: fc.oneof(
      anyText(80),
      tricky,
      fc.tuple(tricky, anyText(20), tricky).map((parts) => parts.join('')),
    ),
    language: idText,
    timeToGreenMs: milliseconds,
    casesPassed: fc.nat(),
    casesTotal: fc.nat(),
    sessionId: idText,
    suggestedScore: fc.integer({ min: 0, max: 10 }),
    suggestedBy: idText,
    interview: fc.oneof(anyText(80), tricky).filter((text) => text !== ''),
  },
  { requiredKeys: ['id', 'kind', 'questionId', 'at', 'durationMs'], noNullPrototype: true },
);
const attempts = (maxLength: number) => fc.uniqueArray(attemptArbitrary, { selector: (attempt) => attempt.id, maxLength });

/** What the store keeps of a valid attempt: known fields, `at` in UTC. */
function validated(attempt: Attempt): Attempt {
  const checked = validateAttempt(attempt);
  assert.ok(checked.ok, `the generated attempt is invalid: ${checked.ok ? '' : checked.error}`);
  return checked.attempt;
}

/** A CSV cell cannot tell an empty text from a missing one, so an empty draft comes back without it. */
function throughCsv(attempt: Attempt): Attempt {
  const { draft, ...rest } = validated(attempt);
  return draft === '' ? rest : validated(attempt);
}

const byTime = (list: readonly Attempt[]) => [...list].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

describe('properties: progress log', () => {
  it('crc32 matches zlib', async () => {
    await holds(
      fc.property(anyText(100), (text) => assert.equal(crc32(text), zlibCrc32(Buffer.from(text, 'utf8')))),
      200,
    );
  });

  it('decodeLine never throws, and what it accepts is a valid attempt', async () => {
    const line = fc.oneof(
      anyText(200),
      fc.tuple(attemptArbitrary, fc.nat(), fc.nat()).map(([attempt, at, length]) => {
        const text = encodeLine(attempt);
        return text.slice(0, at % text.length) + text.slice((at % text.length) + (length % 5));
      }),
      fc
        .record(
          {
            questionId: fc.oneof(idText, fc.integer(), fc.constant(null)),
            time: fc.oneof(isoTime, fc.integer(), fc.double(), anyText(10)),
            grade: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constantFrom(...RECALL_GRADES), anyText(5)),
          },
          { requiredKeys: [] },
        )
        .map((record) => JSON.stringify(record)),
      fc
        .record(
          {
            v: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.double(), fc.constant('1'), fc.constant(null)),
            attempt: fc.oneof(attemptArbitrary, fc.anything()),
          },
          { requiredKeys: ['v'] },
        )
        .map((record) => JSON.stringify(record)),
      fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
    );
    await holds(
      fc.property(line, (text) => {
        const decoded = decodeLine(text);
        if (decoded?.attempt) assert.deepEqual(validateAttempt(decoded.attempt), { ok: true, attempt: decoded.attempt });
      }),
      300,
    );
  });

  it('encodeLine → decodeLine gives back every valid attempt, and one changed character is caught', async () => {
    await holds(
      fc.property(attemptArbitrary, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), (attempt, at, replacement) => {
        const expected = validated(attempt);
        const line = encodeLine(attempt);
        assert.ok(line.endsWith('\n') && !line.slice(0, -1).includes('\n'), 'one line');
        const text = line.slice(0, -1);
        assert.deepEqual(decodeLine(text), { attempt: expected, text });
        const index = at % text.length;
        const changed = text.slice(0, index) + replacement + text.slice(index + 1);
        if (changed !== text) assert.equal(decodeLine(changed), undefined, `changed at ${index}: ${changed}`);
      }),
      300,
    );
  });

  it('a log of valid lines with garbage and torn writes mixed in loads every intact record', async () => {
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('intact' as const), crlf: fc.boolean() }) },
      fc.record({ kind: fc.constant('torn' as const), cut: fc.nat() }),
      fc.record({ kind: fc.constant('garbage line' as const), text: anyText(40) }),
      fc.record({ kind: fc.constant('glued bytes' as const), bytes: fc.uint8Array({ maxLength: 20 }) }),
      fc.constant({ kind: 'blank' as const }),
    );
    const log = fc
      .uniqueArray(attemptArbitrary, { selector: (attempt) => attempt.id, minLength: 1, maxLength: 8 })
      .chain((list) => fc.tuple(fc.constant(list), fc.array(fc.tuple(piece, fc.nat(list.length - 1)), { maxLength: 14 })));
    await holds(
      fc.asyncProperty(log, async ([list, pieces]) => {
        const dir = scratchDir();
        const chunks: Buffer[] = [];
        const intact = new Set<string>();
        for (const [part, which] of pieces) {
          const line = encodeLine(list[which]);
          if (part.kind === 'intact') {
            chunks.push(Buffer.from(part.crlf ? `${line.slice(0, -1)}\r\n` : line));
            intact.add(list[which].id);
          } else if (part.kind === 'torn') {
            // Torn before the closing brace: what is left cannot be a whole record.
            const bytes = Buffer.from(line);
            chunks.push(bytes.subarray(0, part.cut % (bytes.length - 2)));
          } else if (part.kind === 'garbage line') {
            chunks.push(Buffer.from(`${part.text}\n`));
          } else if (part.kind === 'glued bytes') {
            chunks.push(Buffer.from(part.bytes));
          } else {
            chunks.push(Buffer.from('\n'));
          }
        }
        writeFileSync(path.join(dir, LOG_FILE), Buffer.concat(chunks));
        const generated = new Map(list.map((attempt) => [attempt.id, validated(attempt)]));
        const loaded = await new ProgressStore(dir).load();
        const ids = loaded.attempts.map((attempt) => attempt.id);
        assert.equal(new Set(ids).size, ids.length, 'each id once');
        for (const id of intact) assert.ok(ids.includes(id), `lost the intact record ${JSON.stringify(id)}`);
        for (const attempt of loaded.attempts) assert.deepEqual(attempt, generated.get(attempt.id), 'nothing invented or altered');
        // The repaired log reads the same again, with nothing left to repair.
        const again = await new ProgressStore(dir).load();
        assert.equal(again.recovered, undefined);
        assert.deepEqual(again.attempts, loaded.attempts);
        rmSync(dir, { recursive: true, force: true });
      }),
      40,
    );
  });

  it('CSV export parses back cell by cell, formula-like text defused', async () => {
    await holds(
      fc.property(attempts(6), (list) => {
        // The store only ever exports attempts it validated (`at` in UTC).
        const rows = parseCsv(toCsv(list.map(validated)));
        assert.deepEqual(rows[0], ATTEMPT_FIELDS);
        assert.equal(rows.length, list.length + 1);
        list.forEach((attempt, index) => {
          const checked = validated(attempt);
          assert.deepEqual(
            rows[index + 1],
            ATTEMPT_FIELDS.map((name) => {
              const value = checked[name];
              if (value === undefined) return '';
              return typeof value === 'string' && /^[=+\-@\t\r']/.test(value) ? `'${value}` : String(value);
            }),
          );
        });
      }),
      200,
    );
  });

  it('CSV and JSON export → import round-trip every attempt', async () => {
    await holds(
      fc.asyncProperty(attempts(6), async (list) => {
        const source = scratchDir();
        writeFileSync(path.join(source, LOG_FILE), list.map((attempt) => encodeLine(attempt)).join(''));
        const store = new ProgressStore(source);
        const sorted = byTime(list.map(validated));

        const csvTarget = new ProgressStore(scratchDir());
        const csv = await store.exportCsv();
        assert.deepEqual(await csvTarget.importCsv(csv), { added: list.length, duplicates: 0, rejected: 0, errors: [] });
        assert.deepEqual((await csvTarget.load()).attempts, byTime(list.map(throughCsv)));

        const jsonTarget = new ProgressStore(scratchDir());
        const json = await store.exportJson();
        assert.deepEqual(await jsonTarget.importJson(json), { added: list.length, duplicates: 0, rejected: 0, errors: [] });
        assert.deepEqual((await jsonTarget.load()).attempts, sorted);
        assert.deepEqual(
          await jsonTarget.importJson(json),
          { added: 0, duplicates: list.length, rejected: 0, errors: [] },
          'a second import only finds duplicates',
        );
        for (const dir of [source, csvTarget.dir, jsonTarget.dir]) rmSync(dir, { recursive: true, force: true });
      }),
      30,
    );
  });

  it('parseCsv reads back any cells written with RFC 4180 quoting', async () => {
    const cell = fc.oneof(anyText(12), fc.constantFrom('', ',', '"', '""', '\r\n', '\n', '\r', ' ', "'=x"));
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { maxLength: 6 });
    await holds(
      fc.property(table, eol, fc.boolean(), (rows, newline, quoteAll) => {
        // A byte order mark opening the text is taken for an encoding mark, so a writer quotes a cell that starts with one.
        const write = (text: string) => (quoteAll || /[",\r\n]/.test(text) || text.startsWith('\uFEFF') ? `"${text.replace(/"/g, '""')}"` : text);
        const csv = rows.map((row) => row.map(write).join(',')).join(newline) + newline;
        assert.deepEqual(parseCsv(csv), rows);
      }),
      200,
    );
  });
});
