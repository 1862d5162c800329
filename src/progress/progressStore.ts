// Durable attempt history: an append-only log of checksummed JSON lines that survives torn writes,
// two VS Code windows writing at once, and records from older (or newer) versions of the extension.
//
// attempts.log holds one record per line: {"v":1,"attempt":{...},"crc":"8 hex digits"}, where the
// crc is the CRC-32 of the same line without the crc member. Appends never rewrite the file; only
// load() (to repair damage), compact() and reset() replace it, under the attempts.lock file.
import { createHash, randomUUID } from 'node:crypto';
import { promises as fs, type BigIntStats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import * as zlib from 'node:zlib';
import { ATTEMPT_KINDS, OUTCOMES, RECALL_GRADES, type Attempt } from './model';

export const SCHEMA_VERSION = 1;
export const LOG_FILE = 'attempts.log';
export const LOCK_FILE = 'attempts.lock';
/** The log a rewrite replaces, kept by a hard link until the appends that reached it late are copied over. */
export const REPLACED_FILE = 'attempts.log.replaced';
/** A lock older than this belongs to a window that died while holding it. */
export const LOCK_STALE_MS = 10_000;
export const EXPORT_FORMAT = 'interview-prep-progress';

export interface LoadResult {
  attempts: Attempt[];
  /** Set when damaged lines were dropped from the log; their original bytes are in `backupFile`. */
  recovered?: { badLines: number; backupFile: string };
  /** Lines a compaction would drop or rewrite: repeated ids and lines in an older schema. */
  stale: number;
}

/** Below this many stale lines compaction is not worth a rewrite of the whole log. */
export const COMPACT_MIN_STALE = 200;

/**
 * Whether the log is worth compacting now: enough stale lines, either many in number or a tenth of
 * the log. Rewrites are cheap but not free, so small logs are left alone.
 */
export function compactionDue({ attempts, stale }: Pick<LoadResult, 'attempts' | 'stale'>): boolean {
  return stale >= COMPACT_MIN_STALE || (stale >= 20 && stale * 10 >= attempts.length + stale);
}

export interface ImportResult {
  added: number;
  duplicates: number;
  rejected: number;
  /** Why records were rejected, the first few of them, e.g. "row 4: at must be an ISO 8601 time". */
  errors: string[];
}

export interface CompactResult {
  attempts: number;
  /** Duplicate and damaged lines left out. */
  dropped: number;
  backupFile?: string;
}

// ---------------------------------------------------------------------------------------------
// Validation

interface FieldRule {
  required: boolean;
  numeric: boolean;
  check: (value: unknown) => boolean;
  expected: string;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isId = (value: unknown) => typeof value === 'string' && value.trim() !== '' && value.length <= 200;
const isText = (value: unknown) => typeof value === 'string' && value.length <= 1_000_000;
const isMs = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isScore = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 10;
const isTime = (value: unknown) => typeof value === 'string' && ISO_TIME.test(value) && Number.isFinite(Date.parse(value));
const oneOf = (values: readonly string[]) => (value: unknown) => typeof value === 'string' && values.includes(value);

const optional = (check: FieldRule['check'], expected: string, numeric = false): FieldRule => ({ required: false, numeric, check, expected });
const required = (check: FieldRule['check'], expected: string, numeric = false): FieldRule => ({ required: true, numeric, check, expected });

// Typed over every key of Attempt, so a field added to the model cannot be forgotten here (and
// silently dropped by validation, exports and imports).
const FIELDS: { readonly [K in keyof Required<Attempt>]: FieldRule } = {
  id: required(isId, 'a non-empty id'),
  kind: required(oneOf(ATTEMPT_KINDS), `one of ${ATTEMPT_KINDS.join(', ')}`),
  questionId: required(isId, 'a non-empty id'),
  at: required(isTime, 'an ISO 8601 time with a time zone'),
  durationMs: required(isMs, 'a number of milliseconds', true),
  allottedMs: optional(isMs, 'a number of milliseconds', true),
  score: optional(isScore, 'a number from 0 to 10', true),
  grade: optional(oneOf(RECALL_GRADES), `one of ${RECALL_GRADES.join(', ')}`),
  hintsUsed: optional(isCount, 'a whole number', true),
  outcome: optional(oneOf(OUTCOMES), `one of ${OUTCOMES.join(', ')}`),
  draft: optional(isText, 'text'),
  language: optional(isId, 'a language name'),
  timeToGreenMs: optional(isMs, 'a number of milliseconds', true),
  sessionId: optional(isId, 'a non-empty id'),
};

/** Every Attempt field, in the order exports write them. */
export const ATTEMPT_FIELDS = Object.keys(FIELDS) as (keyof Attempt)[];

export type Validation = { ok: true; attempt: Attempt } | { ok: false; error: string };

/** Checks an untrusted value; the attempt it returns has only known fields and `at` in UTC ISO form. */
export function validateAttempt(value: unknown): Validation {
  if (!isRecord(value)) return { ok: false, error: 'not an object' };
  const attempt: Record<string, unknown> = {};
  for (const name of ATTEMPT_FIELDS) {
    const rule = FIELDS[name];
    const field = value[name];
    if (field === undefined || field === null) {
      if (rule.required) return { ok: false, error: `${name} is missing` };
      continue;
    }
    if (!rule.check(field)) return { ok: false, error: `${name} must be ${rule.expected}` };
    attempt[name] = name === 'at' ? new Date(field as string).toISOString() : field;
  }
  return { ok: true, attempt: attempt as unknown as Attempt };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Line format

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG) of the UTF-8 bytes of `text`. */
export function crc32(text: string): number {
  return nativeCrc32 ? nativeCrc32(text) >>> 0 : crc32InJs(text);
}

/** Node 20.15 and 22.2 compute CRC-32 natively (of a string's UTF-8 bytes); older hosts use `crc32InJs`. */
const nativeCrc32 = (zlib as { crc32?: (data: string) => number }).crc32;

export function crc32InJs(text: string): number {
  const bytes = Buffer.from(text, 'utf8');
  let crc = 0xffffffff;
  for (let at = 0; at < bytes.length; at++) crc = CRC_TABLE[(crc ^ bytes[at]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crcHex = (text: string) => crc32(text).toString(16).padStart(8, '0');
const SEAL = /,"crc":"([0-9a-f]{8})"\}$/;

/** Seals a JSON object's text with its checksum, as the last member. */
export function sealRecord(body: string): string {
  return `${body.slice(0, -1)},"crc":"${crcHex(body)}"}`;
}

function encodeRecord(attempt: Attempt): string {
  return sealRecord(JSON.stringify({ v: SCHEMA_VERSION, attempt }));
}

/** The log line for an attempt, newline included. Throws a TypeError on an invalid attempt. */
export function encodeLine(attempt: Attempt): string {
  const checked = validateAttempt(attempt);
  if (!checked.ok) throw new TypeError(`Invalid attempt ${JSON.stringify(attempt.id)}: ${checked.error}`);
  return `${encodeRecord(checked.attempt)}\n`;
}

/** `text` is what to write back on a rewrite: the original line, or the migrated one. Lines from a
 * newer schema come back without an attempt; they are kept verbatim so a newer window loses nothing. */
export type DecodedLine = { attempt: Attempt; text: string } | { attempt?: undefined; text: string };

/** Decodes one line (without its newline); undefined when it is damaged or invalid. */
export function decodeLine(text: string): DecodedLine | undefined {
  const seal = SEAL.exec(text);
  const body = seal ? `${text.slice(0, seal.index)}}` : text;
  if (seal && crcHex(body) !== seal[1]) return undefined;
  let record: unknown;
  try {
    record = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(record)) return undefined;
  const version = record.v ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return undefined;
  // Only v0 predates checksums; a versioned line without one was damaged or hand-edited.
  if (version > 0 && !seal) return undefined;
  if (version > SCHEMA_VERSION) return { text };
  const migrated = migrate(record, version, text);
  const checked = validateAttempt(migrated?.attempt);
  if (!checked.ok) return undefined;
  return { attempt: checked.attempt, text: version === SCHEMA_VERSION ? text : encodeRecord(checked.attempt) };
}

// ---------------------------------------------------------------------------------------------
// Migrations

type Migration = (record: Record<string, unknown>, line: string) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n record into a version-(n + 1) one. Lines without `v` are v0. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // v0 predates the envelope: {"questionId","time","grade"}, time as ISO text or epoch ms, grade as
  // a name or 1-4. It had no id, so one is derived from the line: loading twice must not duplicate.
  0: (old, line) => ({
    v: 1,
    attempt: {
      id: `v0-${createHash('sha256').update(line).digest('hex').slice(0, 16)}`,
      kind: 'question',
      questionId: old.questionId,
      at: typeof old.time === 'number' && Number.isFinite(new Date(old.time).getTime()) ? new Date(old.time).toISOString() : old.time,
      durationMs: 0,
      grade: typeof old.grade === 'number' ? RECALL_GRADES[old.grade - 1] : old.grade,
    },
  }),
};

function migrate(record: Record<string, unknown>, from: number, line: string): Record<string, unknown> | undefined {
  let current = record;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return undefined;
    current = step(current, line);
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// Parsing the log

interface ParsedLog {
  /** Good lines in file order, duplicates included. */
  entries: DecodedLine[];
  badLines: number;
  /** Good lines written in an older schema version (they are migrated on every load). */
  outdated: number;
  /** Damaged lines, two records glued on one line, or a last line without its newline. */
  needsRepair: boolean;
}

const RECORD_START = '{"v":';

function parseLog(bytes: Buffer): ParsedLog {
  const parsed: ParsedLog = { entries: [], badLines: 0, outdated: 0, needsRepair: false };
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const text = bytes.toString('utf8', start, end).replace(/\r$/, '');
    start = end + 1;
    if (text.trim() === '') continue;
    // Without its newline the next append would be glued onto this line.
    if (newline === -1) parsed.needsRepair = true;
    const decoded = decodeLine(text);
    if (decoded) {
      parsed.entries.push(decoded);
      if (decoded.text !== text) parsed.outdated++;
      continue;
    }
    // An append after a torn write lands on the same line as the fragment. Every record starts with
    // `{"v":`, which cannot occur inside a JSON string (its quotes would be escaped), so split there.
    parsed.needsRepair = true;
    for (const piece of splitAtRecords(text)) {
      const salvaged = piece.trim() === '' ? undefined : decodeLine(piece);
      if (salvaged) parsed.entries.push(salvaged);
      else if (piece.trim() !== '') parsed.badLines++;
    }
  }
  return parsed;
}

function splitAtRecords(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let at = text.indexOf(RECORD_START, 1); at !== -1; at = text.indexOf(RECORD_START, at + 1)) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** First occurrence of each id wins; lines from a newer schema are deduplicated by their text. */
function unique(entries: readonly DecodedLine[]): DecodedLine[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = entry.attempt ? `id ${entry.attempt.id}` : `line ${entry.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const attemptsOf = (entries: readonly DecodedLine[]) => entries.flatMap((entry) => (entry.attempt ? [entry.attempt] : []));
const timeOf = (entry: DecodedLine) => (entry.attempt ? Date.parse(entry.attempt.at) : Infinity);

function sortByTime(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

// ---------------------------------------------------------------------------------------------
// CSV

// Spreadsheets run a cell that starts with one of these as a formula. Such text (and text that
// already starts with an apostrophe) is exported with a leading apostrophe, removed again on import.
const FORMULA_START = /^[=+\-@\t\r']/;

function csvCell(value: unknown): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(attempts: readonly Attempt[]): string {
  const rows = [ATTEMPT_FIELDS.join(','), ...attempts.map((attempt) => ATTEMPT_FIELDS.map((name) => csvCell(attempt[name])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

/** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks; CRLF or LF between rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (input[i + 1] === '"') cell += input[++i];
      else quoted = false;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}

function fromCsvRow(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  header.forEach((name, index) => {
    const rule = (FIELDS as Record<string, FieldRule | undefined>)[name];
    const cell = cells[index];
    if (!rule || cell === '') return;
    if (rule.numeric) value[name] = cell.trim() === '' ? Number.NaN : Number(cell);
    else value[name] = cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
  });
  return value;
}

// ---------------------------------------------------------------------------------------------
// The store

type ImportItem = { where: string; value: unknown } | { where: string; error: string };
const MAX_IMPORT_ERRORS = 20;

export class ProgressStore {
  readonly logFile: string;
  private readonly lockFile: string;
  private readonly replacedFile: string;

  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.logFile = path.join(dir, LOG_FILE);
    this.lockFile = path.join(dir, LOCK_FILE);
    this.replacedFile = path.join(dir, REPLACED_FILE);
  }

  /** Appends one attempt durably. Throws a TypeError on an invalid attempt. */
  async record(attempt: Attempt): Promise<void> {
    await this.append(encodeLine(attempt));
  }

  /** Every good attempt, once per id, in log order. Repairs a damaged log; never throws on bad content. */
  async load(): Promise<LoadResult> {
    const parsed = parseLog(await readIfExists(this.logFile));
    const kept = unique(parsed.entries);
    const stale = parsed.entries.length - kept.length + parsed.outdated;
    // A replaced log left behind means a rewrite died before copying its late appends: take them back.
    if (!parsed.needsRepair && !(await exists(this.replacedFile))) return { attempts: attemptsOf(kept), stale };
    try {
      const repaired = await this.withLock(() => this.rewrite(false));
      const { attempts, badLines, backupFile } = repaired;
      return backupFile ? { attempts, recovered: { badLines, backupFile }, stale } : { attempts, stale };
    } catch {
      // The lock stayed busy or the disk refused the rewrite. What was read is still good; the next
      // load tries the repair again.
      return { attempts: attemptsOf(kept), stale };
    }
  }

  /** Rewrites the log with each attempt once, sorted by time, in the current schema version. */
  async compact(): Promise<CompactResult> {
    const { attempts, dropped, backupFile } = await this.withLock(() => this.rewrite(true));
    return backupFile ? { attempts: attempts.length, dropped, backupFile } : { attempts: attempts.length, dropped };
  }

  /** Sets the whole history aside as `attempts.log.reset-<time>` and starts empty. */
  async reset(): Promise<{ backupFile?: string }> {
    return this.withLock(async () => {
      // What a killed rewrite left aside belongs to the history being set aside, not to the next one.
      await this.restoreReplaced();
      const backupFile = await this.freeName('reset');
      try {
        await renameWithRetry(this.logFile, backupFile);
      } catch (error) {
        if (isNotFound(error)) return {};
        throw error;
      }
      await syncDirectory(this.dir);
      return { backupFile };
    });
  }

  async exportJson(): Promise<string> {
    const { attempts } = await this.load();
    const document = { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: this.now().toISOString(), attempts: sortByTime(attempts) };
    return `${JSON.stringify(document, null, 2)}\n`;
  }

  async exportCsv(): Promise<string> {
    return toCsv(sortByTime((await this.load()).attempts));
  }

  /** Imports an exportJson() document or a bare array of attempts. */
  async importJson(text: string): Promise<ImportResult> {
    let document: unknown;
    try {
      document = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { added: 0, duplicates: 0, rejected: 1, errors: [`not JSON: ${(error as Error).message}`] };
    }
    const items = Array.isArray(document) ? document : isRecord(document) ? document.attempts : undefined;
    if (!Array.isArray(items)) return { added: 0, duplicates: 0, rejected: 1, errors: ['expected an array of attempts, or an object with an "attempts" array'] };
    return this.importItems(items.map((value, index) => ({ where: `attempt ${index + 1}`, value })));
  }

  /** Imports CSV with a header row naming Attempt fields, in any order; unknown columns are ignored. */
  async importCsv(text: string): Promise<ImportResult> {
    const [header, ...rows] = parseCsv(text);
    if (!header) return { added: 0, duplicates: 0, rejected: 0, errors: [] };
    const names = header.map((name) => name.trim());
    const missing = ATTEMPT_FIELDS.filter((name) => FIELDS[name].required && !names.includes(name));
    if (missing.length > 0) return { added: 0, duplicates: 0, rejected: rows.length, errors: [`missing column(s): ${missing.join(', ')}`] };
    return this.importItems(
      rows.map((cells, index) => {
        const where = `row ${index + 2}`;
        return cells.length === names.length ? { where, value: fromCsvRow(names, cells) } : { where, error: `${cells.length} cells where the header has ${names.length}` };
      }),
    );
  }

  private async importItems(items: readonly ImportItem[]): Promise<ImportResult> {
    const known = new Set((await this.load()).attempts.map((attempt) => attempt.id));
    const result: ImportResult = { added: 0, duplicates: 0, rejected: 0, errors: [] };
    let lines = '';
    for (const item of items) {
      const checked: Validation = 'error' in item ? { ok: false, error: item.error } : validateAttempt(item.value);
      if (!checked.ok) {
        result.rejected++;
        if (result.errors.length < MAX_IMPORT_ERRORS) result.errors.push(`${item.where}: ${checked.error}`);
      } else if (known.has(checked.attempt.id)) {
        result.duplicates++;
      } else {
        known.add(checked.attempt.id);
        lines += `${encodeRecord(checked.attempt)}\n`;
        result.added++;
      }
    }
    if (lines) await this.append(lines);
    return result;
  }

  // How appends survive a rewrite by another window (or instance) without taking the lock:
  // a rewrite replaces the log by renaming a new file over it, so an append can land in the old,
  // replaced file. Both sides close that gap. The appender, after its write, checks that the path
  // still names the file it wrote to, and writes again if not. The rewriter keeps the old file
  // open and, after the rename, copies over whatever was appended to it since it read it. A write
  // that finished before the appender's check is therefore either seen by the rewriter's copy
  // (rename after the check) or written again (rename before it). Until that copy is done the old
  // file stays linked as attempts.log.replaced, so a rewriter killed in between loses nothing: the
  // next rewrite (or load) takes it back. Duplicates this creates are harmless: ids are
  // deduplicated on load and dropped by the next compact.
  private async append(text: string): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    // Bounded: five replacements in a row would mean something other than a rewrite is at work.
    for (let tries = 0; tries < 5; tries++) {
      const handle = await fs.open(this.logFile, 'a');
      let written: BigIntStats;
      try {
        await handle.appendFile(text);
        await handle.datasync();
        written = await handle.stat({ bigint: true });
      } finally {
        await handle.close();
      }
      const current = await fs.stat(this.logFile, { bigint: true }).catch(() => undefined);
      if (current && current.ino === written.ino && current.dev === written.dev) return;
    }
  }

  /** Must run under the lock. `compact` also sorts; otherwise it only rewrites a log that needs repair. */
  private async rewrite(compact: boolean): Promise<{ attempts: Attempt[]; badLines: number; dropped: number; backupFile?: string }> {
    await this.restoreReplaced();
    await this.removeLeftoverTemps();
    let old: FileHandle;
    try {
      old = await fs.open(this.logFile, 'r');
    } catch (error) {
      if (isNotFound(error)) return { attempts: [], badLines: 0, dropped: 0 };
      throw error;
    }
    try {
      // Read again under the lock: another window may have repaired the log since load() read it.
      const bytes = await readFrom(old, 0);
      const parsed = parseLog(bytes);
      let kept = unique(parsed.entries);
      if (!compact && !parsed.needsRepair) return { attempts: attemptsOf(kept), badLines: 0, dropped: 0 };
      if (compact) kept = [...kept].sort((a, b) => timeOf(a) - timeOf(b));
      const backupFile = parsed.badLines > 0 ? await this.backup('corrupt', bytes) : undefined;

      const temp = `${this.logFile}.${process.pid}-${randomUUID()}.tmp`;
      // Appends acknowledged after the read above are only in the old file until the copy below; the
      // link keeps it reachable past the rename. A file system without hard links goes without it.
      let linked = false;
      try {
        await writeDurably(temp, kept.map((entry) => `${entry.text}\n`).join(''));
        linked = await fs.link(this.logFile, this.replacedFile).then(() => true, () => false);
        await renameWithRetry(temp, this.logFile);
      } catch (error) {
        await fs.unlink(temp).catch(() => undefined);
        if (linked) await fs.unlink(this.replacedFile).catch(() => undefined);
        throw error;
      }
      await syncDirectory(this.dir);

      // From the start of an unterminated last line: it may have been a write still in progress.
      const resumeAt = bytes.lastIndexOf(0x0a) + 1;
      const lateBytes = await readFrom(old, resumeAt);
      const late = parseLog(lateBytes);
      const fresh = unique([...kept, ...late.entries]).slice(kept.length);
      if (fresh.length > 0) await this.append(fresh.map((entry) => `${entry.text}\n`).join(''));
      // Left behind if this fails, it only costs the next rewrite a check that finds nothing missing.
      if (linked) await fs.unlink(this.replacedFile).catch(() => undefined);
      if (late.badLines > 0 && lateBytes.length > bytes.length - resumeAt) await this.backup('corrupt', lateBytes);

      const attempts = attemptsOf([...kept, ...fresh]);
      return { attempts, badLines: parsed.badLines, dropped: parsed.entries.length - kept.length + parsed.badLines, backupFile };
    } finally {
      await old.close();
    }
  }

  /** Must run under the lock, when no other rewrite can be writing: temp files are a killed rewrite's. */
  private async removeLeftoverTemps(): Promise<void> {
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const prefix = `${LOG_FILE}.`;
    for (const name of names) if (name.startsWith(prefix) && name.endsWith('.tmp')) await fs.unlink(path.join(this.dir, name)).catch(() => undefined);
  }

  /** Must run under the lock. Appends back what a rewrite killed after its rename left only in the
   * log it replaced (see append()), then drops that file. */
  private async restoreReplaced(): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.replacedFile);
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    const current = unique(parseLog(await readIfExists(this.logFile)).entries);
    const missing = unique([...current, ...parseLog(bytes).entries]).slice(current.length);
    if (missing.length > 0) await this.append(missing.map((entry) => `${entry.text}\n`).join(''));
    await fs.unlink(this.replacedFile);
  }

  private async backup(kind: 'corrupt' | 'reset', bytes: Buffer): Promise<string> {
    const file = await this.freeName(kind);
    await writeDurably(file, bytes);
    return file;
  }

  /** attempts.log.<kind>-<time>, with a counter if that exists; Windows-safe (no colons). */
  private async freeName(kind: 'corrupt' | 'reset'): Promise<string> {
    const base = `${this.logFile}.${kind}-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      try {
        await fs.access(candidate);
      } catch {
        return candidate;
      }
    }
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    await fs.mkdir(this.dir, { recursive: true });
    const token = `${process.pid} ${randomUUID()}`;
    // Long enough to outlast a stale lock, so a window that died holding it never blocks for good.
    const deadline = Date.now() + LOCK_STALE_MS + 5_000;
    for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
      try {
        await fs.writeFile(this.lockFile, token, { flag: 'wx' });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      await breakStaleLock(this.lockFile);
      if (Date.now() > deadline) throw new Error(`${this.lockFile} is held by another window`);
      await delay(wait);
    }
    try {
      return await work();
    } finally {
      const holder = await fs.readFile(this.lockFile, 'utf8').catch(() => undefined);
      if (holder === token) await fs.unlink(this.lockFile).catch(() => undefined);
    }
  }
}

async function breakStaleLock(lockFile: string): Promise<void> {
  const seen = await fs.stat(lockFile, { bigint: true }).catch(() => undefined);
  if (!seen || Date.now() - Number(seen.mtimeMs) < LOCK_STALE_MS) return;
  // Move it aside rather than unlink it: if another window replaced the stale lock with its own
  // after our stat, we would have taken a live lock, which the inode check puts back.
  const moved = `${lockFile}.stale-${randomUUID()}`;
  try {
    await fs.rename(lockFile, moved);
  } catch {
    return;
  }
  const taken = await fs.stat(moved, { bigint: true }).catch(() => undefined);
  if (taken && taken.ino !== seen.ino) await fs.link(moved, lockFile).catch(() => undefined);
  await fs.unlink(moved).catch(() => undefined);
}

// ---------------------------------------------------------------------------------------------
// File helpers

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

async function readIfExists(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (isNotFound(error)) return Buffer.alloc(0);
    throw error;
  }
}

async function readFrom(handle: FileHandle, position: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, bytesRead));
    position += bytesRead;
  }
}

async function writeDurably(file: string, data: string | Buffer): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// Windows refuses a rename for a moment while another process (an antivirus, another window's
// append) has the file open.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fs.rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 10 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw error;
      await delay(attempt * 20);
    }
  }
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a directory for fsync; its rename is durable without it.
  }
}
