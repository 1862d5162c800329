// The extension's side of progress: one store per user (or per workspace, by setting), attempts
// loaded once, review status for the tree and the drill picker, and the user told about recovery.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Question } from '../bank/model';
import { Settings } from '../ids';
import type { ReviewStatus } from '../tree/grouping';
import type { Attempt, AttemptRecorder } from './model';
import { ProgressStore } from './progressStore';
import { buildCards, statusOf } from './scheduler';

export class ProgressService implements AttemptRecorder, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private loaded: Promise<Attempt[]> | undefined;
  private cards: ReturnType<typeof buildCards> = new Map();
  private store: ProgressStore;

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {
    this.store = new ProgressStore(this.directory());
  }

  /** Global storage by default; the workspace's storage when the user keeps history per workspace. */
  private directory(): string {
    const perWorkspace = vscode.workspace.getConfiguration(Settings.section).get<boolean>(Settings.historyPerWorkspace, false);
    const base = perWorkspace && this.context.storageUri ? this.context.storageUri : this.context.globalStorageUri;
    return path.join(base.fsPath, 'progress');
  }

  attempts(): Promise<Attempt[]> {
    if (!this.loaded) {
      this.loaded = this.store.load().then(({ attempts, recovered }) => {
        if (recovered) {
          const message = `Interview Prep: your practice history had ${recovered.badLines} damaged line(s). Every complete attempt was kept; the damaged bytes were set aside in ${recovered.backupFile}.`;
          this.output.appendLine(message);
          void vscode.window.showWarningMessage(message);
        }
        this.cards = buildCards(attempts, new Date());
        return attempts;
      });
    }
    return this.loaded;
  }

  async record(attempt: Attempt): Promise<void> {
    const attempts = await this.attempts();
    await this.store.record(attempt);
    attempts.push(attempt);
    this.cards = buildCards(attempts, new Date());
    this.changed.fire();
  }

  /** Review status for the tree and the drill picker ("new" until the history has loaded). */
  statusOf = (question: Question): ReviewStatus => {
    if (!this.loaded) void this.attempts().then(() => this.changed.fire());
    return statusOf(this.cards.get(question.id), new Date());
  };

  dispose(): void {
    this.changed.dispose();
  }
}
