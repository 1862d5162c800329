// The banks this window reads: where they are (settings, workspace, built-in), loading them once
// on first use, and keeping the index current as files change on disk.
import { existsSync, promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { indexFromCache, parseCache, serializeCache } from '../bank/bankCache';
import { BankIndex, sameEntries, type BankSource } from '../bank/bankIndex';
import { loadBank, loadFile, type LoadStats } from '../bank/bankLoader';
import { isBankFile } from '../bank/bankPaths';
import { loadReport } from '../bank/loadReport';
import type { FileEntry, LoadOptions } from '../bank/fileEntry';
import { parseMock, type MockInterview } from '../bank/mock';
import { formatProblem } from '../bank/model';
import { affects } from '../config/config';
import { Views } from '../ids';
import { bankSources, loadOptions } from './bankSources';

/**
 * Where the index stands. States (no field of its own names them; they follow from these):
 * - not loaded: `index` undefined; the first `index()` call starts a load.
 * - loading: `index` is a load under way (`load()`), replaced whole by a reload.
 * - shown from the cache and checking: the window's first load found a cache and returned the index
 *   built from it at once (`shownFromCache` set for good); `checking` is the walk of every file behind
 *   it. If that finds a change, `index` becomes the checked index and `onDidChange` fires.
 * - ready: `index` has settled and `checking` has ended.
 * Each load bumps `generation`, so a check that a newer load overtook drops its result.
 */
interface LoadState {
  index: Promise<BankIndex> | undefined;
  generation: number;
  shownFromCache: boolean;
  /** The background check of an index shown from the cache; watcher changes wait for it. */
  checking: Promise<void>;
}

/**
 * Files changed on disk, waiting to be applied: `queue()` / `folderAppeared()` add to the batch and
 * (re)start `timer`; when it fires (or `flushNow()`), `flush()` waits for `checking`, takes the whole
 * batch, and either reloads (a folder appeared: `rescan`, or a bank folder the index lacks) or
 * re-reads the files into the index once every load under way has settled. Changes arriving during a
 * flush start the next batch.
 */
interface PendingBatch {
  files: Map<string, BankSource>;
  /** A folder appeared in a bank: the next flush walks the banks again. */
  rescan: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class BankService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly loads: LoadState = { index: undefined, generation: 0, shownFromCache: false, checking: Promise.resolve() };
  private readonly batch: PendingBatch = { files: new Map(), rescan: false, timer: undefined };
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [this.changed];

  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** `storageDir` holds the index cache; `cacheKey` changes when the extension does. */
  constructor(
    private readonly builtinBank: string,
    private readonly output: vscode.OutputChannel,
    private readonly storageDir: string,
    private readonly cacheKey: string,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'bankFolders', 'defaultTimeMinutes')) void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
  }

  /** Workspace banks first, then configured folders in order, then the built-in bank: the first wins an id. */
  sources(): BankSource[] {
    return bankSources(this.builtinBank);
  }

  /** Mock interview formats from each bank's mocks/ folder; the first source wins an id. */
  async mocks(): Promise<MockInterview[]> {
    const found = new Map<string, MockInterview>();
    for (const source of this.sources()) {
      const dir = path.join(source.path, 'mocks');
      const names = await fs.readdir(dir).catch(() => [] as string[]);
      for (const name of names.filter((candidate) => candidate.endsWith('.json')).sort()) {
        const file = path.join(dir, name);
        const { mock, problems } = parseMock(file, await fs.readFile(file, 'utf8').catch(() => ''));
        for (const problem of problems) this.output.appendLine(formatProblem(problem, vscode.workspace.asRelativePath(problem.file)));
        if (mock && !found.has(mock.id)) found.set(mock.id, mock);
      }
    }
    return [...found.values()];
  }

  /** The index, loaded on first request. */
  index(): Promise<BankIndex> {
    if (!this.loads.index) this.loads.index = this.showingProgress(this.load());
    return this.loads.index;
  }

  async reload(): Promise<BankIndex> {
    this.loads.index = this.showingProgress(this.load());
    const index = await this.loads.index;
    this.changed.fire();
    return index;
  }

  /** The Questions view shows its progress bar while the banks load (or the check behind a cached index runs). */
  private showingProgress<T>(work: Promise<T>): Promise<T> {
    void vscode.window.withProgress({ location: { viewId: Views.questions } }, () => work.then(() => this.loads.checking).catch(() => undefined));
    return work;
  }

  private async load(): Promise<BankIndex> {
    const started = Date.now();
    this.loads.generation++;
    const sources = this.sources();
    const options = loadOptions();
    const cache = await this.readCache(options);
    const present = sources.filter((source) => source.kind === 'builtin' || existsSync(source.path));
    this.watch(sources);
    // The window's first load shows the cached index at once and checks every file behind it; a
    // change found then replaces the index and refreshes the views. Later loads check first.
    if (cache && !this.loads.shownFromCache) {
      this.loads.shownFromCache = true;
      const shown = indexFromCache(present, cache);
      if (shown.size > 0) {
        this.output.appendLine(`Showing ${shown.questions().length} questions from the cache (${Date.now() - started} ms) while the bank folders are checked.`);
        this.loads.checking = this.revalidate(shown, present, options, cache, started).catch((error: Error) =>
          this.output.appendLine(`Checking the bank folders failed: ${error.message}`),
        );
        return shown;
      }
    }
    const stats: LoadStats = { parsed: 0, cached: 0 };
    const index = await loadBank(present, options, cache, stats);
    this.loaded(index, cache, stats, sources.length, started);
    return index;
  }

  private loaded(index: BankIndex, cache: ReadonlyMap<string, FileEntry> | undefined, stats: LoadStats, sourceCount: number, started: number): void {
    this.output.appendLine(
      `Loaded ${index.questions().length} questions and ${index.exercises().length} exercises from ${sourceCount} bank folder(s) in ${Date.now() - started} ms (${stats.parsed} files parsed, ${stats.cached} from the cache).`,
    );
    this.logProblems(index);
    if (stats.parsed > 0 || cache?.size !== index.size) this.scheduleSave(index, 0);
  }

  /** The background check behind an index shown from the cache. */
  private async revalidate(
    shown: BankIndex,
    sources: BankSource[],
    options: LoadOptions,
    cache: ReadonlyMap<string, FileEntry>,
    started: number,
  ): Promise<void> {
    const generation = this.loads.generation;
    const stats: LoadStats = { parsed: 0, cached: 0 };
    const fresh = await loadBank(sources, options, cache, stats);
    // A reload started meanwhile (a setting changed, Refresh) has the last word.
    if (generation !== this.loads.generation) return;
    this.loaded(fresh, cache, stats, sources.length, started);
    if (sameEntries(shown, fresh)) return;
    this.loads.index = Promise.resolve(fresh);
    this.changed.fire();
  }

  private get cacheFile(): string {
    return path.join(this.storageDir, 'bank-index.json');
  }

  private cacheKeyFor(options: LoadOptions): string {
    return `${this.cacheKey}|${JSON.stringify(options)}`;
  }

  private async readCache(options: LoadOptions): Promise<Map<string, FileEntry> | undefined> {
    try {
      return parseCache(await fs.readFile(this.cacheFile, 'utf8'), this.cacheKeyFor(options));
    } catch {
      return undefined; // no cache yet
    }
  }

  /** Writes the cache atomically (temp file, then rename), so a crash never leaves half a file. */
  private scheduleSave(index: BankIndex, delayMs: number): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      const temp = `${this.cacheFile}.${process.pid}.tmp`;
      void fs
        .mkdir(this.storageDir, { recursive: true })
        .then(() => fs.writeFile(temp, serializeCache(index, this.cacheKeyFor(loadOptions()))))
        .then(() => fs.rename(temp, this.cacheFile))
        .catch((error: Error) => this.output.appendLine(`Could not save the bank index cache: ${error.message}`));
    }, delayMs);
  }

  private logProblems(index: BankIndex): void {
    for (const problem of index.problems()) this.output.appendLine(formatProblem(problem, vscode.workspace.asRelativePath(problem.file)));
    for (const line of loadReport(index, (file) => vscode.workspace.asRelativePath(file))) this.output.appendLine(line);
  }

  private watch(sources: BankSource[]): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    for (const source of sources) {
      if (source.kind === 'builtin') continue;
      // Folders too: files created together with their folder (a copy, a clone) can arrive before
      // the watch on the new folder does, so a new folder is walked as a whole.
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(source.path), '**/*'));
      const queue = (uri: vscode.Uri): void => {
        if (uri.fsPath.endsWith('.md')) this.queue(uri.fsPath, source);
      };
      // The listeners go with their watcher, so a reload that watches anew leaves none behind.
      this.watchers.push(
        watcher,
        watcher.onDidCreate((uri) => {
          if (uri.fsPath.endsWith('.md')) this.queue(uri.fsPath, source);
          else if (isDirectory(uri.fsPath)) this.folderAppeared();
        }),
        watcher.onDidChange(queue),
        watcher.onDidDelete(queue),
      );
    }
  }

  /** A bank file this extension wrote itself: re-read without waiting for the file watcher. */
  async fileWritten(file: string): Promise<void> {
    await this.filesWritten([file]);
  }

  /** Bank files this extension wrote (an import): re-read together, in one update of the index. */
  async filesWritten(files: readonly string[]): Promise<void> {
    const sources = this.sources();
    let queued = false;
    for (const file of files) {
      const source = sources.find((candidate) => candidate.kind !== 'builtin' && isBankFile(file, candidate.path));
      if (!source) continue;
      this.queue(file, source);
      queued = true;
    }
    if (queued) await this.flushNow();
  }

  /** Changes arrive in bursts (a git checkout, a save-all): re-parse each changed file once. */
  private queue(file: string, source: BankSource): void {
    this.batch.files.set(file, source);
    this.scheduleFlush();
  }

  private folderAppeared(): void {
    this.batch.rescan = true;
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.batch.timer) clearTimeout(this.batch.timer);
    this.batch.timer = setTimeout(
      () => void this.flush().catch((error: Error) => this.output.appendLine(`Updating changed bank files failed: ${error.message}`)),
      150,
    );
  }

  /** Applies what is queued now rather than after the burst delay. */
  private flushNow(): Promise<void> {
    if (this.batch.timer) clearTimeout(this.batch.timer);
    this.batch.timer = undefined;
    return this.flush();
  }

  private async flush(): Promise<void> {
    await this.loads.checking;
    const batch = [...this.batch.files];
    this.batch.files.clear();
    if (this.batch.rescan) {
      // A reload walks every folder again; unchanged files come from the cache.
      this.batch.rescan = false;
      await this.reload();
      return;
    }
    const options = loadOptions();
    const read = await Promise.all(
      batch.map(async ([file, source]) => ({
        file,
        entry: existsSync(file) && isBankFile(file, source.path) ? await loadFile(file, source.path, options) : undefined,
      })),
    );
    // The index current once every load under way has settled: a reload that started meanwhile may
    // have walked its folder before this file was written, so the batch lands after it, not in the
    // index it replaces.
    let index: BankIndex;
    for (let current = this.index(); ; current = this.index()) {
      index = await current;
      if (current === this.loads.index) break;
    }
    if (!index.sources.some((source) => batch.some(([, changed]) => changed.path === source.path))) {
      await this.reload(); // a bank folder that did not exist at load time has appeared
      return;
    }
    for (const { file, entry } of read) {
      if (entry) index.set(entry);
      else index.delete(file);
    }
    this.output.appendLine(`Updated ${batch.length} changed bank file(s).`);
    this.scheduleSave(index, 2000);
    this.changed.fire();
  }

  dispose(): void {
    if (this.batch.timer) clearTimeout(this.batch.timer);
    if (this.saveTimer) clearTimeout(this.saveTimer);
    for (const disposable of [...this.watchers, ...this.disposables]) disposable.dispose();
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
