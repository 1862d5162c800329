// Durable attempt history: an append-only log of checksummed JSON lines (see logCodec.ts) that
// survives torn writes, two VS Code windows writing at once, and records from older (or newer)
// versions of the extension. Appends never rewrite the file; only load() (to repair damage),
// compact() and reset() replace it, under the attempts.lock file.
import { randomUUID } from 'node:crypto';
import { promises as fs, type BigIntStats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { ATTEMPT_FIELDS, FIELDS, isRecord, SCHEMA_VERSION, validateAttempt, type Validation } from './attemptSchema';
import { fromCsvRow, parseCsv, toCsv } from './attemptsCsv';
import { exists, isNotFound, readFrom, readIfExists, renameWithRetry, syncDirectory, writeDurably } from './durableFiles';
import { withFileLock } from './fileLock';
import { encodeLine, encodeRecord } from './logCodec';
import { attemptsOf, parseLog, sortByTime, timeOf, unique } from './logParser';
import type { Attempt } from './model';

export const LOG_FILE = 'attempts.log';
export const LOCK_FILE = 'attempts.lock';
/** The log a rewrite replaces, kept by a hard link until the appends that reached it late are copied over. */
export const REPLACED_FILE = 'attempts.log.replaced';
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

/** The export document: every attempt in time order, in a format importJson() reads back. */
export function historyJson(attempts: readonly Attempt[], exportedAt: Date): string {
  const document = { format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: exportedAt.toISOString(), attempts: sortByTime(attempts) };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function historyCsv(attempts: readonly Attempt[]): string {
  return toCsv(sortByTime(attempts));
}

type BackupKind = 'corrupt' | 'reset' | 'before-sharing';

type ImportItem = { where: string; value: unknown } | { where: string; error: string };
const MAX_IMPORT_ERRORS = 20;

export class ProgressStore {
  readonly logFile: string;
  private readonly lockFile: string;
  private readonly replacedFile: string;

  /**
   * `name` is the log's base name: `attempts` gives attempts.log, attempts.lock and
   * attempts.log.replaced. A shared history folder holds one such log per machine (sharedHistory.ts).
   */
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
    name = 'attempts',
  ) {
    this.logFile = path.join(dir, `${name}.log`);
    this.lockFile = path.join(dir, `${name}.lock`);
    this.replacedFile = `${this.logFile}.replaced`;
  }

  /** Appends one attempt durably. Throws a TypeError on an invalid attempt. */
  async record(attempt: Attempt): Promise<void> {
    await this.append(encodeLine(attempt));
  }

  /** Appends several attempts in one durable write. Throws a TypeError (writing none) on an invalid one. */
  async recordAll(attempts: readonly Attempt[]): Promise<void> {
    const lines = attempts.map(encodeLine).join('');
    if (lines) await this.append(lines);
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
    return historyJson((await this.load()).attempts, this.now());
  }

  async exportCsv(): Promise<string> {
    return historyCsv((await this.load()).attempts);
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
    if (!Array.isArray(items))
      return { added: 0, duplicates: 0, rejected: 1, errors: ['expected an array of attempts, or an object with an "attempts" array'] };
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
        return cells.length === names.length
          ? { where, value: fromCsvRow(names, cells) }
          : { where, error: `${cells.length} cells where the header has ${names.length}` };
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
        linked = await fs.link(this.logFile, this.replacedFile).then(
          () => true,
          () => false,
        );
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
    const prefix = `${path.basename(this.logFile)}.`;
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

  /** Copies the log aside as attempts.log.<kind>-<time> and returns that file; undefined with no log yet. */
  async snapshot(kind: 'before-sharing'): Promise<string | undefined> {
    const bytes = await readIfExists(this.logFile);
    return bytes.length > 0 ? this.backup(kind, bytes) : undefined;
  }

  private async backup(kind: BackupKind, bytes: Buffer): Promise<string> {
    const file = await this.freeName(kind);
    await writeDurably(file, bytes);
    return file;
  }

  /** attempts.log.<kind>-<time>, with a counter if that exists; Windows-safe (no colons). */
  private async freeName(kind: BackupKind): Promise<string> {
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

  private withLock<T>(work: () => Promise<T>): Promise<T> {
    return withFileLock(this.lockFile, work);
  }
}
