// The timed drill in progress: the session (pure, in session.ts) as it moves from question to
// question against its budget, the drill's clock in the status bar, and the events the mock
// interview follows. The panel shows what it says; it holds no question of its own.
import * as vscode from 'vscode';
import { formatClock } from '../bank/time';
import { Disposable } from '../common/disposable';
import { StatusClock } from '../common/statusClock';
import { Commands } from '../ids';
import { newAttemptId } from '../progress/model';
import type { SessionAction, SessionView } from './messages';
import { sessionView } from './panelViews';
import {
  createSession,
  currentId,
  end,
  goTo,
  isFinished,
  isSession,
  recordResult,
  skip,
  summarize,
  type DrillSession,
  type SessionResult,
  type SessionSummary,
} from './session';

/** What the controller needs from the panel that shows the drill. */
export interface SessionHost {
  isPanelOpen(): boolean;
  /** Shows the drill's current question. */
  showQuestion(questionId: string): Promise<void>;
  /** Shows the summary of a drill that has just finished. */
  showSummary(title: string, summary: SessionSummary): void;
}

export class SessionController extends Disposable {
  private session: DrillSession | undefined;
  private readonly changed = this.register(new vscode.EventEmitter<DrillSession | undefined>());
  readonly onDidChange = this.changed.event;
  private readonly finished = this.register(new vscode.EventEmitter<DrillSession>());
  /** Fires when a drill reaches its summary (all answered, or ended early). */
  readonly onDidFinish = this.finished.event;
  private readonly clock = this.register(new StatusClock('interviewPrep.drillSession', 'Interview Prep drill', 60, Commands.showDrill));

  constructor(private readonly host: SessionHost) {
    super();
  }

  get current(): DrillSession | undefined {
    return this.session;
  }

  /** A new drill, not yet running: `begin` it once its first question (`currentId`) is found. */
  plan(title: string, questionIds: string[], budgetMs: number): DrillSession {
    return createSession(newAttemptId(), title, questionIds, budgetMs, Date.now());
  }

  /** Runs `session` from now on; undefined drops the drill in progress without a summary. */
  begin(session: DrillSession | undefined): void {
    this.session = session;
    this.updateStatus();
    this.changed.fire(session);
  }

  /** Runs a drill saved before a reload, unless it is damaged or over. */
  resume(saved: unknown): void {
    if (isSession(saved) && !isFinished(saved)) this.begin(saved);
  }

  /** The question on screen was graded: records it in the drill (if one runs) and moves on. */
  async answered(result: SessionResult): Promise<void> {
    if (!this.session) return;
    this.begin(recordResult(this.session, result));
    await this.advance();
  }

  /** The drill's buttons; `usedMs` and `allottedMs` are the question on screen's, kept when it is skipped. */
  async act(action: SessionAction, usedMs: number, allottedMs: number): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (action === 'end') this.begin(end(session, Date.now()));
    else if (action === 'skip') this.begin(skip(session, usedMs, allottedMs));
    else this.begin(goTo(session, session.index + (action === 'next' ? 1 : -1)));
    await this.advance();
  }

  view(): SessionView | undefined {
    return this.session && sessionView(this.session, Date.now());
  }

  /** The clock runs while a drill does and its panel is open. */
  updateStatus(): void {
    if (!this.session || !this.host.isPanelOpen()) {
      this.clock.stop();
      return;
    }
    this.clock.run(() => {
      const view = this.view();
      return (
        view && {
          text: `$(watch) ${view.position}/${view.total} · ${formatClock(view.remainingMs)} left`,
          tooltip: `${view.title}: question ${view.position} of ${view.total}, ${view.answered} answered. Click to show the drill.`,
        }
      );
    });
  }

  /** Shows the drill's current question, or its summary once it is over. */
  private async advance(): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (isFinished(session)) {
      this.host.showSummary(session.title, summarize(session, Date.now()));
      this.begin(undefined);
      this.finished.fire(session);
      return;
    }
    await this.host.showQuestion(currentId(session));
  }
}
