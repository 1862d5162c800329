// The extension's side of progress: one store per user (or per workspace, by setting), attempts
// loaded once, review status for the tree and the drill picker, and the user told about recovery.
// With `interviewPrep.historyFolder` set, the history is shared through that folder with the user's
// other machines (sharedHistory.ts), and the folder is watched for their attempts.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { affects, setting } from '../config/config';
import type { Question } from '../bank/model';
import { Disposable } from '../common/disposable';
import { Delay } from '../common/timers';
import { Commands, Settings, StateKeys } from '../ids';
import type { Attempt, AttemptRecorder, ReviewStatus } from './model';
import { newAttemptId } from './model';
import { compactionDue, historyCsv, historyJson, ProgressStore, type LoadResult } from './progressStore';
import { applyRegrades } from './regrade';
import { buildCards, dueQuestionIds, statusOf } from './scheduler';
import { isMachineId, machineSlug, resolveHistoryFolder, SharedHistory, type SharedReport } from './sharedHistory';
import type { Card } from 'ts-fsrs';

/** How long after the history loads a due compaction waits, so it never competes with start-up. */
const COMPACT_DELAY_MS = 30_000;
/** Another machine's log changes in bursts as the sync tool writes it: reload once it settles. */
const SHARED_RELOAD_DELAY_MS = 500;

export class ProgressService extends Disposable implements AttemptRecorder {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private loaded: Promise<Attempt[]> | undefined;
  private cards: ReturnType<typeof buildCards> = new Map();
  private readonly local: ProgressStore;
  private shared: SharedHistory | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly sharedReload = this.register(new Delay());
  /** Problems with the shared folder already shown, so each is said once per window. */
  private readonly told = new Set<string>();
  /** At most one background compaction per window. */
  private compactionScheduled = false;
  private readonly compaction = this.register(new Delay());

  private readonly dueItem = this.register(vscode.window.createStatusBarItem('interviewPrep.due', vscode.StatusBarAlignment.Left, 55));

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {
    super();
    this.local = new ProgressStore(this.directory());
    this.register({ dispose: () => this.watcher?.dispose() });
    this.useSharedFolder();
    this.dueItem.name = 'Interview Prep reviews due';
    this.dueItem.command = Commands.reviewDue;
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!affects(event, 'historyFolder')) return;
        this.useSharedFolder();
        this.reload();
      }),
    );
  }

  /** Global storage by default; the workspace's storage when the user keeps history per workspace. */
  private directory(): string {
    const perWorkspace = setting('historyPerWorkspace');
    const base = perWorkspace && this.context.storageUri ? this.context.storageUri : this.context.globalStorageUri;
    return path.join(base.fsPath, 'progress');
  }

  /** This machine's id in the shared folder: kept in this profile's state, never synced. */
  private machineId(): string {
    const known = this.context.globalState.get<unknown>(StateKeys.machineId);
    if (isMachineId(known)) return known;
    const made = `${machineSlug(os.hostname())}-${randomBytes(3).toString('hex')}`;
    void this.context.globalState.update(StateKeys.machineId, made);
    return made;
  }

  /** Follows the folder setting: shares through the folder it names, or keeps the history local. */
  private useSharedFolder(): void {
    const value = setting('historyFolder');
    const folder = resolveHistoryFolder(value);
    this.watcher?.dispose();
    this.watcher = undefined;
    this.shared = undefined;
    if (!value.trim()) return;
    if (!folder) {
      this.tell(
        `Interview Prep: the setting ${Settings.section}.${Settings.historyFolder} must be an absolute folder path (it may start with ~); "${value}" is not, so the history stays on this machine.`,
      );
      return;
    }
    this.shared = new SharedHistory(this.local, folder, this.machineId());
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(folder), 'attempts-*.log'));
    const later = (uri: vscode.Uri) => {
      if (uri.fsPath !== this.shared?.ownLogFile) this.sharedReload.schedule(SHARED_RELOAD_DELAY_MS, () => this.reload());
    };
    this.watcher.onDidCreate(later);
    this.watcher.onDidChange(later);
    this.watcher.onDidDelete(later);
  }

  /** Where the history is shared, if it is: the folder, this machine's id and its log in it. */
  sharedFolder(): { folder: string; machine: string; ownLog: string } | undefined {
    return this.shared && { folder: this.shared.folder, machine: this.shared.machine, ownLog: this.shared.ownLogFile };
  }

  /**
   * Shares the history through `folder` from now on, on every machine whose settings sync (the
   * setting is a user setting). A copy of this machine's history as it was is kept first.
   */
  async shareThrough(folder: string): Promise<{ report: SharedReport; backupFile?: string }> {
    const backupFile = await this.local.snapshot('before-sharing');
    await vscode.workspace.getConfiguration(Settings.section).update(Settings.historyFolder, folder, vscode.ConfigurationTarget.Global);
    // The configuration event does the same; doing it here lets the caller read the result.
    if (!this.shared || this.shared.folder !== resolveHistoryFolder(folder)) this.useSharedFolder();
    const shared = this.shared;
    if (!shared) throw new Error(`${folder} is not an absolute folder path`);
    this.loaded = undefined;
    await this.attempts();
    this.changed.fire();
    return { report: this.lastReport ?? (await shared.load()).shared, backupFile };
  }

  private lastReport: SharedReport | undefined;

  private reload(): void {
    this.loaded = undefined;
    void this.attempts().then(() => this.changed.fire());
  }

  private tell(message: string): void {
    this.output.appendLine(message);
    if (this.told.has(message)) return;
    this.told.add(message);
    void vscode.window.showWarningMessage(message);
  }

  private async loadHistory(): Promise<LoadResult> {
    if (!this.shared) return this.local.load();
    const result = await this.shared.load();
    const { shared } = result;
    this.lastReport = shared;
    this.output.appendLine(
      `Shared history in ${shared.folder}: ${result.attempts.length} attempts, ${shared.fromOthers} from ${shared.otherLogs} other machine log(s); this machine writes ${shared.ownLog}${shared.mirrored ? `, where ${shared.mirrored} missing attempt(s) were copied again` : ''}.`,
    );
    if (shared.problem)
      this.tell(
        `Interview Prep: the shared history folder cannot be used (${shared.problem}). Your practice is kept on this machine and copied to the folder once it can be.`,
      );
    if (shared.newerLines > 0)
      this.tell(
        `Interview Prep: ${shared.newerLines} attempt(s) in ${shared.folder} were written by a newer version of Interview Prep on another machine. They are kept; update the extension to see them.`,
      );
    if (shared.unreadableLines > 0)
      this.output.appendLine(
        `${shared.unreadableLines} line(s) of other machines' logs could not be read yet (a sync still in progress, or damage); their complete attempts were read.`,
      );
    return result;
  }

  attempts(): Promise<Attempt[]> {
    if (!this.loaded) {
      this.loaded = this.loadHistory().then((result) => {
        const { attempts, recovered } = result;
        if (compactionDue(result)) this.scheduleCompaction(result.stale);
        if (recovered) {
          const message = `Interview Prep: your practice history had ${recovered.badLines} damaged line(s). Every complete attempt was kept; the damaged bytes were set aside in ${recovered.backupFile}.`;
          this.output.appendLine(message);
          void vscode.window.showWarningMessage(message);
        }
        this.cards = buildCards(attempts, new Date());
        this.showDue();
        return attempts;
      });
    }
    return this.loaded;
  }

  /**
   * Compacts the log in the background once it holds enough repeated or old-schema lines, a while
   * after start-up so it never competes with activation. The store's lock keeps other windows out.
   */
  private scheduleCompaction(stale: number): void {
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    this.compaction.schedule(
      COMPACT_DELAY_MS,
      () => {
        (this.shared ?? this.local).compact().then(
          ({ attempts, dropped }) =>
            this.output.appendLine(`Compacted the practice history: ${attempts} attempts kept, ${dropped} stale line(s) dropped (${stale} found at load).`),
          (error: unknown) => this.output.appendLine(`Compacting the practice history failed; it will be tried again next time: ${String(error)}`),
        );
      },
      { unref: true },
    );
  }

  /** The history as practice, each regrade applied to the attempt it names: what statistics and plans read. */
  async practice(): Promise<readonly Attempt[]> {
    return applyRegrades(await this.attempts());
  }

  /** Every question's FSRS card, from the whole history (once it has loaded). */
  async cardsNow(): Promise<ReadonlyMap<string, Card>> {
    await this.attempts();
    return this.cards;
  }

  /** Question ids due for review now, most overdue first. */
  async dueIds(): Promise<string[]> {
    await this.attempts();
    return dueQuestionIds(this.cards, new Date());
  }

  private showDue(): void {
    const due = dueQuestionIds(this.cards, new Date()).length;
    this.dueItem.text = `$(history) ${due} due`;
    this.dueItem.tooltip = `${due} question${due === 1 ? '' : 's'} due for review. Click to review them.`;
    if (due > 0) this.dueItem.show();
    else this.dueItem.hide();
  }

  /** Starts a question's review schedule over. The history before it stays in the log. */
  async resetQuestion(questionId: string): Promise<void> {
    await this.record({ id: newAttemptId(), kind: 'question', questionId, at: new Date().toISOString(), durationMs: 0, outcome: 'reset' });
  }

  /** Moves the whole history aside (never deletes it) and starts empty. */
  async resetAll(): Promise<string | undefined> {
    const { backupFile } = await (this.shared ?? this.local).reset();
    this.loaded = undefined;
    this.cards = new Map();
    await this.attempts();
    this.changed.fire();
    return backupFile;
  }

  async exportTo(file: string, format: 'json' | 'csv'): Promise<void> {
    const attempts = await this.attempts();
    await fs.writeFile(file, format === 'json' ? historyJson(attempts, new Date()) : historyCsv(attempts));
  }

  async importFrom(file: string): Promise<{ added: number; duplicates: number; rejected: number }> {
    const text = await fs.readFile(file, 'utf8');
    // Into this machine's log; with a shared folder, the next load copies them there.
    const result = file.toLowerCase().endsWith('.csv') ? await this.local.importCsv(text) : await this.local.importJson(text);
    for (const error of result.errors) this.output.appendLine(`Import ${file}: ${error}`);
    this.loaded = undefined;
    await this.attempts();
    this.changed.fire();
    return result;
  }

  async record(attempt: Attempt): Promise<void> {
    const attempts = await this.attempts();
    if (this.shared) {
      const problem = await this.shared.record(attempt);
      if (problem)
        this.tell(
          `Interview Prep: your attempt is saved on this machine, but the shared history folder refused it (${problem}). It is copied there once the folder can be written.`,
        );
    } else {
      await this.local.record(attempt);
    }
    attempts.push(attempt);
    this.cards = buildCards(attempts, new Date());
    this.showDue();
    this.changed.fire();
  }

  /** Review status for the tree and the drill picker ("new" until the history has loaded). */
  statusOf = (question: Question): ReviewStatus => {
    if (!this.loaded) void this.attempts().then(() => this.changed.fire());
    return statusOf(this.cards.get(question.id), new Date());
  };
}
