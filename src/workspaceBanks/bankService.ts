// The banks this window reads: loaded once on first use, shown from the cache at once on start-up
// while every file is checked behind it, and kept current as files change on disk.
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { indexFromCache } from '../bank/bankCache';
import { BankIndex, sameEntries, type BankSource } from '../bank/bankIndex';
import { loadBank, loadFile, type LoadStats } from '../bank/bankLoader';
import { isBankFile } from '../bank/bankPaths';
import type { FileEntry, LoadOptions } from '../bank/fileEntry';
import { parseMock, type MockInterview } from '../bank/mock';
import { formatProblem } from '../bank/model';
import { Disposable } from '../common/disposable';
import { affects } from '../config/config';
import { Views } from '../ids';
import { bankSources, loadOptions } from './bankSources';
import { BankWatcher, type ChangeBatch } from './bankWatcher';
import { IndexCacheFile } from './indexCacheFile';

/**
 * Where the index stands. `unloaded` → `loading` on first use; `loading` → `checking` when the
 * window's first load shows the cached index, → `loaded` once the folders are read; `checking` →
 * `loaded` when the check behind the cached index is done (with a fresh index if it found a change).
 * A reload goes back to `loading` from any state; a check or load it replaced finds its generation
 * out of date and changes nothing.
 */
type IndexState =
  | { kind: 'unloaded' }
  | { kind: 'loading'; generation: number; index: Promise<BankIndex> }
  | { kind: 'checking'; generation: number; index: Promise<BankIndex>; check: Promise<void> }
  | { kind: 'loaded'; generation: number; index: Promise<BankIndex> };

/** How long after a file change the index cache is written (changes come in bursts). */
const SAVE_AFTER_CHANGE_MS = 2000;

export class BankService extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private state: IndexState = { kind: 'unloaded' };
  private generation = 0;
  private readonly cacheFile: IndexCacheFile;
  private readonly watcher = this.register(new BankWatcher((batch) => void this.apply(batch)));
  /** Batches are applied one after another, each after the load or check before it. */
  private applying: Promise<void> = Promise.resolve();

  /** `storageDir` holds the index cache; `version` is the extension's, so a new version reads afresh. */
  constructor(private readonly builtinBank: string, private readonly output: vscode.OutputChannel, storageDir: string, version: string) {
    super();
    this.cacheFile = this.register(new IndexCacheFile(storageDir, version, (line) => output.appendLine(line)));
    this.register(vscode.workspace.onDidChangeConfiguration((event) => {
      if (affects(event, 'bankFolders', 'defaultTimeMinutes')) void this.reload();
    }));
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()));
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
    return this.state.kind === 'unloaded' ? this.startLoad() : this.state.index;
  }

  async reload(): Promise<BankIndex> {
    const index = await this.startLoad();
    this.changed.fire();
    return index;
  }

  /** A bank file this extension wrote itself: re-read without waiting for the file watcher. */
  fileWritten(file: string): void {
    const source = this.sources().find((candidate) => candidate.kind !== 'builtin' && isBankFile(file, candidate.path));
    if (source) this.watcher.add(file, source);
  }

  private startLoad(): Promise<BankIndex> {
    const generation = ++this.generation;
    const index = this.load(generation);
    this.state = { kind: 'loading', generation, index };
    // The Questions view shows its progress bar while the banks load, and while the check behind a cached index runs.
    void vscode.window.withProgress({ location: { viewId: Views.questions } }, () => index.then(() => this.checked()).catch(() => undefined));
    return index;
  }

  private async load(generation: number): Promise<BankIndex> {
    const started = Date.now();
    const sources = this.sources();
    const options = loadOptions();
    const cache = await this.cacheFile.read(options);
    const present = sources.filter((source) => source.kind === 'builtin' || existsSync(source.path));
    this.watcher.watch(sources);
    // The window's first load shows the cached index at once and checks every file behind it; a
    // change found then replaces the index and refreshes the views. Later loads check first.
    if (cache && generation === 1) {
      const shown = indexFromCache(present, cache);
      if (shown.size > 0) {
        this.output.appendLine(`Showing ${shown.questions().length} questions from the cache (${Date.now() - started} ms) while the bank folders are checked.`);
        const check = this.check(generation, shown, present, options, cache, started).catch((error: Error) => this.output.appendLine(`Checking the bank folders failed: ${error.message}`));
        if (this.generation === generation) this.state = { kind: 'checking', generation, index: Promise.resolve(shown), check };
        return shown;
      }
    }
    const stats: LoadStats = { parsed: 0, cached: 0 };
    const index = await loadBank(present, options, cache, stats);
    this.loaded(index, options, cache, stats, sources.length, started);
    if (this.generation === generation) this.state = { kind: 'loaded', generation, index: Promise.resolve(index) };
    return index;
  }

  private loaded(index: BankIndex, options: LoadOptions, cache: ReadonlyMap<string, FileEntry> | undefined, stats: LoadStats, sourceCount: number, started: number): void {
    this.output.appendLine(`Loaded ${index.questions().length} questions and ${index.exercises().length} exercises from ${sourceCount} bank folder(s) in ${Date.now() - started} ms (${stats.parsed} files parsed, ${stats.cached} from the cache).`);
    for (const problem of index.problems()) this.output.appendLine(formatProblem(problem, vscode.workspace.asRelativePath(problem.file)));
    if (stats.parsed > 0 || cache?.size !== index.size) this.cacheFile.scheduleWrite(index, options, 0);
  }

  /** The check behind an index shown from the cache: `checking` → `loaded`. */
  private async check(generation: number, shown: BankIndex, sources: BankSource[], options: LoadOptions, cache: ReadonlyMap<string, FileEntry>, started: number): Promise<void> {
    const stats: LoadStats = { parsed: 0, cached: 0 };
    const fresh = await loadBank(sources, options, cache, stats);
    // A reload started meanwhile (a setting changed, Refresh) has the last word.
    if (generation !== this.generation) return;
    this.loaded(fresh, options, cache, stats, sources.length, started);
    const same = sameEntries(shown, fresh);
    this.state = { kind: 'loaded', generation, index: Promise.resolve(same ? shown : fresh) };
    if (!same) this.changed.fire();
  }

  /** Resolves once no check behind a cached index is running. */
  private async checked(): Promise<void> {
    while (this.state.kind === 'checking') await this.state.check;
  }

  /** The index once every load under way has settled: the one a change must land in. */
  private async settled(): Promise<BankIndex> {
    for (;;) {
      const current = this.index();
      const index = await current;
      await this.checked();
      if (current === this.index()) return index;
    }
  }

  private apply(batch: ChangeBatch): Promise<void> {
    this.applying = this.applying.then(() => this.applyNow(batch)).catch((error: Error) => this.output.appendLine(`Updating changed bank files failed: ${error.message}`));
    return this.applying;
  }

  private async applyNow(batch: ChangeBatch): Promise<void> {
    await this.checked();
    if (batch.rescan) {
      // A reload walks every folder again; unchanged files come from the cache.
      await this.reload();
      return;
    }
    const options = loadOptions();
    const changes = [...batch.files];
    const read = await Promise.all(changes.map(async ([file, source]) => ({
      file,
      entry: existsSync(file) && isBankFile(file, source.path) ? await loadFile(file, source.path, options) : undefined,
    })));
    // A reload that started meanwhile may have walked its folder before this file was written, so
    // the batch lands in the index that reload leaves, not in the one it replaces.
    const index = await this.settled();
    if (!index.sources.some((source) => changes.some(([, changed]) => changed.path === source.path))) {
      await this.reload(); // a bank folder that did not exist at load time has appeared
      return;
    }
    for (const { file, entry } of read) {
      if (entry) index.set(entry);
      else index.delete(file);
    }
    this.output.appendLine(`Updated ${changes.length} changed bank file(s).`);
    this.cacheFile.scheduleWrite(index, options, SAVE_AFTER_CHANGE_MS);
    this.changed.fire();
  }
}
