// The extension's side of progress: one store per user (or per workspace, by setting), attempts
// loaded once, review status for the tree and the drill picker, and the user told about recovery.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { setting } from '../config/config';
import type { Question } from '../bank/model';
import { Disposable } from '../common/disposable';
import { Delay } from '../common/timers';
import { Commands } from '../ids';
import type { Attempt, AttemptRecorder, ReviewStatus } from './model';
import { newAttemptId } from './model';
import { compactionDue, ProgressStore } from './progressStore';
import { buildCards, dueQuestionIds, statusOf } from './scheduler';
import { promises as fs } from 'node:fs';
import type { Card } from 'ts-fsrs';

/** How long after the history loads a due compaction waits, so it never competes with start-up. */
const COMPACT_DELAY_MS = 30_000;

export class ProgressService extends Disposable implements AttemptRecorder {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private loaded: Promise<Attempt[]> | undefined;
  private cards: ReturnType<typeof buildCards> = new Map();
  private store: ProgressStore;
  /** At most one background compaction per window. */
  private compactionScheduled = false;
  private readonly compaction = this.register(new Delay());

  private readonly dueItem = this.register(vscode.window.createStatusBarItem('interviewPrep.due', vscode.StatusBarAlignment.Left, 55));

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {
    super();
    this.store = new ProgressStore(this.directory());
    this.dueItem.name = 'Interview Prep reviews due';
    this.dueItem.command = Commands.reviewDue;
  }

  /** Global storage by default; the workspace's storage when the user keeps history per workspace. */
  private directory(): string {
    const perWorkspace = setting('historyPerWorkspace');
    const base = perWorkspace && this.context.storageUri ? this.context.storageUri : this.context.globalStorageUri;
    return path.join(base.fsPath, 'progress');
  }

  attempts(): Promise<Attempt[]> {
    if (!this.loaded) {
      this.loaded = this.store.load().then((result) => {
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
    this.compaction.schedule(COMPACT_DELAY_MS, () => {
      this.store.compact().then(
        ({ attempts, dropped }) => this.output.appendLine(`Compacted the practice history: ${attempts} attempts kept, ${dropped} stale line(s) dropped (${stale} found at load).`),
        (error: unknown) => this.output.appendLine(`Compacting the practice history failed; it will be tried again next time: ${String(error)}`),
      );
    }, { unref: true });
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
    const { backupFile } = await this.store.reset();
    this.loaded = undefined;
    this.cards = new Map();
    await this.attempts();
    this.changed.fire();
    return backupFile;
  }

  async exportTo(file: string, format: 'json' | 'csv'): Promise<void> {
    await fs.writeFile(file, format === 'json' ? await this.store.exportJson() : await this.store.exportCsv());
  }

  async importFrom(file: string): Promise<{ added: number; duplicates: number; rejected: number }> {
    const text = await fs.readFile(file, 'utf8');
    const result = file.toLowerCase().endsWith('.csv') ? await this.store.importCsv(text) : await this.store.importJson(text);
    for (const error of result.errors) this.output.appendLine(`Import ${file}: ${error}`);
    this.loaded = undefined;
    await this.attempts();
    this.changed.fire();
    return result;
  }

  async record(attempt: Attempt): Promise<void> {
    const attempts = await this.attempts();
    await this.store.record(attempt);
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
