// One history across machines, without an account or a server: a folder the user already syncs
// (a cloud drive, a git repository) holds one log per machine, `attempts-<machine>.log`, and each
// machine appends only to its own, so two machines never write the same file. Reading merges every
// log in the folder, each attempt once by its id, in time order.
//
// What keeps attempts safe when the sync tool misbehaves:
// - This machine's attempts are written to its local log first (the history it had before sharing)
//   and mirrored into its log in the folder; whatever the folder's copy lacks (it was deleted, or a
//   write to it failed) is appended again on the next load.
// - The other machines' attempts this machine has read are kept in a local cache, so a log deleted
//   in the folder, on any machine, takes nothing away.
// - Other machines' logs are only read, never repaired: a half-written file yields its complete
//   lines, and lines from a newer version of the extension are counted and left alone.
// - Clocks that disagree only change the order attempts replay in; ids keep every attempt once.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isNotFound, readIfExists } from './durableFiles';
import { attemptsOf, parseLog } from './logParser';
import type { Attempt } from './model';
import { ProgressStore, type CompactResult, type LoadResult } from './progressStore';

export const SHARED_LOG_PREFIX = 'attempts-';
export const SHARED_LOG_SUFFIX = '.log';
/** The local cache of the other machines' attempts (beside the local log). */
export const SEEN_LOG_NAME = 'shared-seen';

/** The folder setting as a path: `~` and `${userHome}` stand for the home folder, so one value suits every machine. */
export function resolveHistoryFolder(value: string, home = os.homedir()): string | undefined {
  const text = value
    .trim()
    .replace(/^~(?=$|[\\/])/, home)
    .replace(/\$\{userHome\}/g, home);
  return text && path.isAbsolute(text) ? path.normalize(text) : undefined;
}

/** A machine's name in file names: lower-case letters, digits and dashes. */
export function machineSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'machine'
  );
}

export const isMachineId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/.test(value);

/** What reading the shared folder found, for the user and the output channel. */
export interface SharedReport {
  folder: string;
  ownLog: string;
  /** Other machines' logs read (files, not machines: a sync tool's conflict copy counts too). */
  otherLogs: number;
  /** Attempts that came only from other machines. */
  fromOthers: number;
  /** Lines of other machines' logs that could not be read: half-delivered or damaged. */
  unreadableLines: number;
  /** Lines written by a newer version of the extension on another machine: kept, not shown. */
  newerLines: number;
  /** This machine's attempts copied into its folder log because the folder's copy lacked them. */
  mirrored: number;
  /** Why the folder could not be read or written; the local history still works. */
  problem?: string;
}

export interface SharedLoadResult extends LoadResult {
  shared: SharedReport;
}

/** Attempts from several sources, each once (first wins), in time order (ties by id, so every machine agrees). */
export function mergeAttempts(...sources: readonly (readonly Attempt[])[]): Attempt[] {
  const seen = new Set<string>();
  const merged: Attempt[] = [];
  for (const source of sources) {
    for (const attempt of source) {
      if (seen.has(attempt.id)) continue;
      seen.add(attempt.id);
      merged.push(attempt);
    }
  }
  return merged.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export class SharedHistory {
  readonly ownLog: ProgressStore;
  private readonly seen: ProgressStore;
  /** Loads and records run one at a time, so a load never copies an attempt a record is writing too. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * `local` is this machine's own history (it keeps being written: it is the backup); `folder` the
   * synced folder; `machine` this machine's id (see isMachineId), which names its log there.
   */
  constructor(
    private readonly local: ProgressStore,
    readonly folder: string,
    readonly machine: string,
    now: () => Date = () => new Date(),
  ) {
    if (!isMachineId(machine)) throw new TypeError(`not a machine id: ${JSON.stringify(machine)}`);
    this.ownLog = new ProgressStore(folder, now, `${SHARED_LOG_PREFIX}${machine}`);
    this.seen = new ProgressStore(local.dir, now, SEEN_LOG_NAME);
  }

  get ownLogFile(): string {
    return this.ownLog.logFile;
  }

  /** Every attempt of every machine, once each, in time order. Never throws on the folder's content. */
  load(): Promise<SharedLoadResult> {
    return this.inTurn(() => this.loadNow());
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(work, work);
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async loadNow(): Promise<SharedLoadResult> {
    const localResult = await this.local.load();
    const shared: SharedReport = {
      folder: this.folder,
      ownLog: this.ownLog.logFile,
      otherLogs: 0,
      fromOthers: 0,
      unreadableLines: 0,
      newerLines: 0,
      mirrored: 0,
    };
    let own: Attempt[] = [];
    let others: Attempt[] = [];
    try {
      await this.folderExists();
      own = (await this.ownLog.load()).attempts;
      const inFolder = new Set(own.map((attempt) => attempt.id));
      const missing = localResult.attempts.filter((attempt) => !inFolder.has(attempt.id));
      if (missing.length > 0) {
        await this.ownLog.recordAll(missing);
        shared.mirrored = missing.length;
      }
      others = await this.readOthers(shared);
    } catch (error) {
      shared.problem = `${this.folder}: ${(error as Error).message}`;
    }
    // Keep what the other machines wrote, so a log deleted in the folder takes nothing away.
    const cached = (await this.seen.load()).attempts;
    const known = new Set([...localResult.attempts, ...cached].map((attempt) => attempt.id));
    const fresh = others.filter((attempt) => !known.has(attempt.id) && known.add(attempt.id));
    if (fresh.length > 0) await this.seen.recordAll(fresh).catch(() => undefined);
    const attempts = mergeAttempts(localResult.attempts, own, cached, others);
    const mine = new Set([...localResult.attempts, ...own].map((attempt) => attempt.id));
    shared.fromOthers = attempts.filter((attempt) => !mine.has(attempt.id)).length;
    return { ...localResult, attempts, shared };
  }

  /** Other machines' logs in the folder, read only: complete lines of the current schema. */
  private async readOthers(report: SharedReport): Promise<Attempt[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.folder);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
    const own = path.basename(this.ownLog.logFile);
    const logs = names.filter((name) => name.startsWith(SHARED_LOG_PREFIX) && name.endsWith(SHARED_LOG_SUFFIX) && name !== own).sort();
    const attempts: Attempt[] = [];
    for (const name of logs) {
      const bytes = await readIfExists(path.join(this.folder, name)).catch(() => undefined);
      if (!bytes) continue;
      const parsed = parseLog(bytes);
      report.otherLogs++;
      report.unreadableLines += parsed.badLines;
      report.newerLines += parsed.entries.filter((entry) => !entry.attempt).length;
      attempts.push(...attemptsOf(parsed.entries));
    }
    return attempts;
  }

  /** Records on this machine first (so the attempt is safe), then in the folder; a folder that
   * refuses the write gets the attempt on the next load. Returns why the folder refused, if it did. */
  record(attempt: Attempt): Promise<string | undefined> {
    return this.inTurn(() => this.recordNow(attempt));
  }

  private async recordNow(attempt: Attempt): Promise<string | undefined> {
    await this.local.record(attempt);
    try {
      await this.folderExists();
      await this.ownLog.record(attempt);
      return undefined;
    } catch (error) {
      return `${this.folder}: ${(error as Error).message}`;
    }
  }

  /** The folder is never created here: a missing one is a drive not connected, not a place to write. */
  private async folderExists(): Promise<void> {
    const stats = await fs.stat(this.folder).catch((error: unknown) => {
      if (isNotFound(error)) throw new Error('the folder does not exist (is its drive connected?)');
      throw error;
    });
    if (!stats.isDirectory()) throw new Error('it is a file, not a folder');
  }

  async compact(): Promise<CompactResult> {
    const result = await this.local.compact();
    await this.ownLog.compact().catch(() => undefined);
    return result;
  }

  /** Sets this machine's attempts aside, here and in the folder. The other machines' logs are theirs. */
  async reset(): Promise<{ backupFile?: string }> {
    const result = await this.local.reset();
    await this.ownLog.reset().catch(() => undefined);
    await this.seen.reset();
    return result;
  }

  /** The folder's log files, for the watcher: `attempts-*.log`. */
  static isLogName(name: string): boolean {
    return name.startsWith(SHARED_LOG_PREFIX) && name.endsWith(SHARED_LOG_SUFFIX);
  }
}
