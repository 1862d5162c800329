// Scaffolded exercises in VS Code's Testing view: an item per exercise and language, a child per
// test case found in its test files (kept current as they change, saved or not), and a run profile
// that runs them through the same terminal run as the command (a continuous run is run on save).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { setting } from '../config/config';
import type { Language } from '../bank/model';
import { Disposable } from '../common/disposable';
import type { ScaffoldedExercise } from './exercisePicks';
import { FailureDiagnostics } from './failureDiagnostics';
import { readMarker } from './marker';
import type { CaseResult, RunOutcome, RunReport } from './runReport';
import type { CaseSelection } from './testCommand';
import { discoverTests, testFilesIn, type DiscoveredTest } from './testDiscovery';
import { applyRunResults } from './testResults';
import type { CaseRunObserver, RunHandle, RunOptions, TestRunResult } from './testRunner';

export const TEST_CONTROLLER_ID = 'interviewPrep.exercises';
const LANGUAGE_NAMES: Record<Language, string> = { python: 'Python', typescript: 'TypeScript' };
const REFRESH_DEBOUNCE_MS = 300;

/** What the view knows of one scaffolded exercise in one language. */
interface Entry {
  folder: string;
  exercise: string;
  language: Language;
  item: vscode.TestItem;
  /** Each case and suite by its key. */
  byKey: Map<string, vscode.TestItem>;
}

/** What an item stands for. */
interface ItemMeta {
  entry: Entry;
  /** Undefined for the exercise's own item. */
  key?: string;
  /** Its names from the outermost suite down (node:test selects cases by them). */
  names: string[];
}

export type RunTests = (folder: string, language: Language, options: RunOptions) => Promise<TestRunResult | undefined>;
export type WatchOnSave = (folder: string, language: Language, token: vscode.CancellationToken) => void;

export class ExerciseTestingView extends Disposable implements CaseRunObserver {
  readonly controller = this.register(vscode.tests.createTestController(TEST_CONTROLLER_ID, 'Interview Prep Exercises'));
  /** Run in Terminal: the default profile, which also runs continuously (on save). */
  readonly runProfile: vscode.TestRunProfile;
  private readonly diagnostics = this.register(new FailureDiagnostics());
  private readonly entries = new Map<string, Entry>();
  private readonly meta = new WeakMap<vscode.TestItem, ItemMeta>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private scanned: Promise<void> | undefined;

  constructor(
    private readonly runTests: RunTests,
    private readonly watchOnSave: WatchOnSave,
  ) {
    super();
    this.controller.resolveHandler = (item) => (item ? undefined : this.scanAll());
    this.controller.refreshHandler = () => this.scanAll(true);
    this.runProfile = this.controller.createRunProfile(
      'Run in Terminal',
      vscode.TestRunProfileKind.Run,
      (request, token) => this.run(request, token),
      true,
      undefined,
      true,
    );
    this.register(this.runProfile);
    const watcher = this.register(vscode.workspace.createFileSystemWatcher('**/{.interview-prep.json,test*.py,*.test.ts}'));
    const changed = (uri: vscode.Uri): void => this.schedule(path.dirname(uri.fsPath));
    this.register(watcher.onDidCreate(changed));
    this.register(watcher.onDidChange(changed));
    this.register(watcher.onDidDelete(changed));
    this.register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        const file = event.document.uri;
        if (file.scheme === 'file' && this.isTestFileOfEntry(file.fsPath)) this.schedule(path.dirname(file.fsPath));
      }),
    );
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scanAll(true)));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('interviewPrep.exercisesFolder')) void this.scanAll(true);
      }),
    );
    this.register({ dispose: () => this.pending.forEach((timer) => clearTimeout(timer)) });
    void this.scanAll();
  }

  /** The exercise's item in the Testing view, once its folder has been read. */
  itemOf(folder: string, language: Language): vscode.TestItem | undefined {
    return this.entries.get(entryId(folder, language))?.item;
  }

  /** Finds every scaffolded exercise in the workspace's exercises folders. */
  scanAll(again = false): Promise<void> {
    if (this.scanned && !again) return this.scanned;
    this.scanned = (async () => {
      const folders = new Set<string>();
      for (const root of vscode.workspace.workspaceFolders ?? []) {
        if (root.uri.scheme !== 'file') continue;
        const base = path.resolve(root.uri.fsPath, setting('exercisesFolder'));
        for (const name of await fs.readdir(base).catch(() => [] as string[])) folders.add(path.join(base, name));
      }
      for (const entry of this.entries.values()) folders.add(entry.folder);
      await Promise.all([...folders].map((folder) => this.refresh(folder)));
    })();
    return this.scanned;
  }

  /** Reads the folder's marker and test files again, and updates its items. */
  async refresh(folder: string): Promise<void> {
    const marker = await readMarker(folder);
    const languages = marker ? (Object.keys(marker.scaffolded) as Language[]).filter((language) => language in LANGUAGE_NAMES) : [];
    for (const [id, entry] of this.entries) {
      if (entry.folder === folder && !languages.includes(entry.language)) {
        this.entries.delete(id);
        this.controller.items.delete(entry.item.id);
        this.diagnostics.clear(id);
      }
    }
    if (!marker) return;
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    for (const language of languages) {
      const files = testFilesIn(language, names).map((name) => path.join(folder, name));
      const tests: DiscoveredTest[] = [];
      for (const file of files) tests.push(...discoverTests(language, file, await textOf(file)));
      this.update(folder, marker.exercise, language, files, tests);
    }
  }

  // --- running ---------------------------------------------------------------------------------

  async begin(located: ScaffoldedExercise, options: RunOptions): Promise<RunHandle> {
    await this.refresh(located.folder);
    const id = entryId(located.folder, located.language);
    const entry = this.entries.get(id);
    if (!entry) return { notRun: () => undefined, finish: () => undefined };
    const owned = !options.testRun;
    const run =
      options.testRun ??
      this.controller.createTestRun(new vscode.TestRunRequest([entry.item]), `${located.exercise} (${LANGUAGE_NAMES[located.language]})`, true);
    run.started(entry.item);
    for (const item of this.selected(entry, options.only)) run.started(item);
    const end = (): void => {
      if (owned) run.end();
    };
    return {
      notRun: (message) => {
        run.errored(entry.item, new vscode.TestMessage(message));
        run.appendOutput(`${message}\r\n`);
        end();
      },
      finish: (result: TestRunResult, report: RunReport, outcome: RunOutcome) => {
        applyRunResults(run, entry.item, (result) => this.itemForResult(entry, result), report, outcome, result.exitCode);
        this.diagnostics.update(id, report, !options.only, (key) => entry.byKey.get(key)?.label ?? key);
        end();
      },
    };
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const groups = this.groups(request);
    if (request.continuous) {
      for (const { entry } of groups) this.watchOnSave(entry.folder, entry.language, token);
      await new Promise<void>((resolve) => token.onCancellationRequested(() => resolve()));
      return;
    }
    const run = this.controller.createTestRun(request);
    try {
      for (const { entry, only } of groups) {
        if (token.isCancellationRequested) break;
        await this.runTests(entry.folder, entry.language, { testRun: run, token, ...(only ? { only } : {}) });
      }
    } finally {
      run.end();
    }
  }

  /** The request's items by exercise: the whole exercise, or a selection of its cases. */
  private groups(request: vscode.TestRunRequest): { entry: Entry; only?: CaseSelection }[] {
    const include = request.include ?? [...this.entries.values()].map((entry) => entry.item);
    const exclude = new Set((request.exclude ?? []).map((item) => item.id));
    const byEntry = new Map<Entry, { whole: boolean; items: vscode.TestItem[] }>();
    for (const item of include) {
      const meta = this.meta.get(item);
      if (!meta || exclude.has(item.id)) continue;
      const group = byEntry.get(meta.entry) ?? { whole: false, items: [] };
      byEntry.set(meta.entry, group);
      if (meta.key === undefined) group.whole = true;
      else group.items.push(item);
    }
    const groups: { entry: Entry; only?: CaseSelection }[] = [];
    for (const [entry, group] of byEntry) {
      const excluded = [...entry.byKey.values()].filter((item) => exclude.has(item.id));
      let items = group.items;
      if (group.whole && excluded.length === 0) {
        groups.push({ entry });
        continue;
      }
      if (group.whole)
        items = leavesOutside(
          [...entry.item.children].map(([, child]) => child),
          exclude,
        );
      if (items.length) groups.push({ entry, only: this.selection(entry, items) });
    }
    return groups;
  }

  private selection(entry: Entry, items: vscode.TestItem[]): CaseSelection {
    const metas = items.map((item) => this.meta.get(item)).filter((meta): meta is ItemMeta => !!meta?.key);
    return entry.language === 'python'
      ? { language: 'python', ids: metas.map((meta) => meta.key!) }
      : { language: 'typescript', names: metas.map((meta) => meta.names) };
  }

  private selected(entry: Entry, only: CaseSelection | undefined): vscode.TestItem[] {
    if (!only) return [];
    const keys = new Set(only.language === 'python' ? only.ids : []);
    const names = new Set(only.language === 'typescript' ? only.names.map((list) => JSON.stringify(list)) : []);
    return [...entry.byKey.values()].filter((item) => {
      const meta = this.meta.get(item);
      return meta && (keys.has(meta.key ?? '') || names.has(JSON.stringify(meta.names)));
    });
  }

  /** The item a result belongs to; a case only known at run time gets one under its parent. */
  private itemForResult(entry: Entry, result: CaseResult): vscode.TestItem {
    const known = entry.byKey.get(result.key);
    if (known) return known;
    const parent = (result.parentKey && entry.byKey.get(result.parentKey)) || entry.item;
    const file = result.location?.file;
    const item = this.controller.createTestItem(
      childId(entry.item.id, result.key),
      result.names.at(-1) ?? result.key,
      file ? vscode.Uri.file(file) : undefined,
    );
    if (result.location) item.range = new vscode.Range(result.location.line, 0, result.location.line, 0);
    parent.children.add(item);
    entry.byKey.set(result.key, item);
    this.meta.set(item, { entry, key: result.key, names: result.names });
    return item;
  }

  // --- items -------------------------------------------------------------------------------------

  private update(folder: string, exercise: string, language: Language, files: string[], tests: DiscoveredTest[]): void {
    const id = entryId(folder, language);
    let entry = this.entries.get(id);
    if (!entry) {
      // The language goes in the label, not the description: VS Code names a row that has a
      // description by the description alone, so a screen reader heard only "TypeScript".
      const item = this.controller.createTestItem(id, `${exercise} (${LANGUAGE_NAMES[language]})`, vscode.Uri.file(files[0] ?? folder));
      entry = { folder, exercise, language, item, byKey: new Map() };
      this.entries.set(id, entry);
      this.meta.set(item, { entry, names: [] });
      this.controller.items.add(item);
    }
    entry.item.sortText = `${exercise}\u0000${language}`;
    const byKey = new Map<string, vscode.TestItem>();
    const build = (test: DiscoveredTest, names: string[]): vscode.TestItem => {
      const own = [...names, test.label];
      const itemId = childId(id, test.key);
      const item =
        entry!.byKey.get(test.key)?.uri?.fsPath === test.file
          ? entry!.byKey.get(test.key)!
          : this.controller.createTestItem(itemId, test.label, vscode.Uri.file(test.file));
      item.label = test.label;
      item.range = new vscode.Range(test.line, 0, test.endLine, 0);
      item.description = files.length > 1 && names.length === 0 ? path.basename(test.file) : undefined;
      byKey.set(test.key, item);
      this.meta.set(item, { entry: entry!, key: test.key, names: own });
      item.children.replace(test.children.map((child) => build(child, own)));
      return item;
    };
    entry.item.children.replace(tests.map((test) => build(test, [])));
    entry.byKey = byKey;
  }

  private schedule(folder: string): void {
    clearTimeout(this.pending.get(folder));
    this.pending.set(
      folder,
      setTimeout(() => {
        this.pending.delete(folder);
        void this.refresh(folder);
      }, REFRESH_DEBOUNCE_MS),
    );
  }

  private isTestFileOfEntry(file: string): boolean {
    const folder = path.dirname(file);
    return [...this.entries.values()].some((entry) => entry.folder === folder && testFilesIn(entry.language, [path.basename(file)]).length > 0);
  }
}

// VS Code keeps "\0" for its own use in test ids. Neither a language nor (for a child) the entry's
// id can end another id's folder, so these ids are unique.
function entryId(folder: string, language: Language): string {
  return `${folder}#${language}`;
}

function childId(entryId: string, key: string): string {
  return `${entryId}/${key}`;
}

/** The leaves under `items` that are not excluded, nor under an excluded item. */
function leavesOutside(items: vscode.TestItem[], exclude: Set<string>): vscode.TestItem[] {
  return items.flatMap((item) => {
    if (exclude.has(item.id)) return [];
    const children = [...item.children].map(([, child]) => child);
    return children.length ? leavesOutside(children, exclude) : [item];
  });
}

/** The file's text: the open document's (saved or not), or the file's on disk. */
async function textOf(file: string): Promise<string> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'file' && path.resolve(document.uri.fsPath) === path.resolve(file));
  if (open) return open.getText();
  return fs.readFile(file, 'utf8').catch(() => '');
}
