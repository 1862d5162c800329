// The drill panel's host side: one webview showing a question, its countdown and the user's work,
// alone or as part of a timed drill. Timers live in the host as absolute end times; the webview only draws
// them, so hiding, moving or reloading the panel loses nothing (the serializer restores it).
// What is shown is one `PanelState`, held by a `PanelStateMachine` (panelState.ts); the drill in
// progress is the `SessionController`'s, the AI interviewer's part the `PanelInterviewer`'s, the
// user's answer the `AnswerRecorder`'s. This file wires them and carries the webview's messages.
import * as vscode from 'vscode';
import { loadDetail } from '../bank/detail';
import type { Question } from '../bank/model';
import { WebviewHost } from '../webview/webviewHost';
import type { BankService } from '../workspaceBanks/bankService';
import { Commands, Panels } from '../ids';
import type { AttemptRecorder } from '../progress/model';
import type { LanguageModels } from '../interviewer/languageModels';
import { AnswerRecorder } from './answerRecorder';
import { DRILL_BODY } from './drillPage';
import { isFromWebview, type FromWebview, type InterviewView, type ToWebview } from './messages';
import { PanelInterviewer, type InterviewOutcome } from './panelInterviewer';
import { PanelStateMachine, type QuestionShown } from './panelState';
import { RenderTiming, type QuestionRendered } from './renderTiming';
import { answerMessage, breakMessage, hintMessage, questionMessages, questionView, timerMessage } from './panelViews';
import { SavedDrillStore, type WebviewSavedState } from './savedDrill';
import { currentId, type DrillSession } from './session';
import { SessionController } from './sessionController';
import type { WorkStore } from './workStore';

export class DrillPanelController extends WebviewHost<ToWebview, FromWebview> {
  private readonly saved: SavedDrillStore;
  private readonly state: PanelStateMachine;
  private readonly timing = new RenderTiming();
  private readonly rendered = this.register(new vscode.EventEmitter<QuestionRendered>());
  /** Fires when the webview has drawn a question (used by the tree, tests and benchmarks). */
  readonly onDidShowQuestion = this.rendered.event;
  private readonly breakContinued = this.register(new vscode.EventEmitter<void>());
  /** Fires when the user leaves a mock interview's break screen. */
  readonly onDidContinueBreak = this.breakContinued.event;
  private readonly sessions: SessionController;
  /** Fires when a drill reaches its summary (all answered, or ended early). */
  readonly onDidFinishSession: vscode.Event<DrillSession>;
  private readonly interviewer: PanelInterviewer;
  /** Fires when a request to the interviewer ends, well or not. */
  readonly onDidInterview: vscode.Event<InterviewOutcome>;
  private readonly answers: AnswerRecorder;

  constructor(
    context: vscode.ExtensionContext,
    private readonly banks: BankService,
    private readonly work: WorkStore,
    attempts: AttemptRecorder,
    models: LanguageModels,
  ) {
    super(context.extensionUri, {
      viewType: Panels.drill,
      assets: { script: 'drill.js', style: 'drill.css' },
      pageTitle: 'Interview Prep drill',
      body: DRILL_BODY,
      isMessage: isFromWebview,
      name: 'drill',
    });
    this.saved = new SavedDrillStore(context.workspaceState);
    this.sessions = this.register(
      new SessionController({
        isPanelOpen: () => this.isOpen,
        showQuestion: async (questionId) => {
          const next = (await this.banks.index()).question(questionId);
          if (next) await this.load(next, true);
        },
        showSummary: (title, summary) => this.post({ type: 'summary', title, summary }),
      }),
    );
    this.state = new PanelStateMachine(this.saved, () => this.sessions.current);
    this.register(this.sessions.onDidChange(() => this.state.save()));
    this.onDidFinishSession = this.sessions.onDidFinish;
    this.interviewer = this.register(
      new PanelInterviewer(work, models, {
        question: () => this.shown?.question,
        detail: () => this.shown?.detail,
        isShowingQuestion: () => this.shown !== undefined,
        post: (message) => this.post(message),
      }),
    );
    this.onDidInterview = this.interviewer.onDidInterview;
    this.answers = new AnswerRecorder(work, attempts, this.interviewer, this.sessions, this.state, (message) => this.post(message));
  }

  private get shown(): QuestionShown | undefined {
    return this.state.shown;
  }

  get currentSession(): DrillSession | undefined {
    return this.sessions.current;
  }

  /** The question on screen with what grading it needs, for the chat participant. */
  get currentDetail(): Pick<QuestionShown, 'question' | 'detail'> | undefined {
    return this.shown;
  }

  /** The interviewer's part of the panel as it is drawn now (for the chat participant and tests). */
  get interviewState(): InterviewView | undefined {
    return this.shown ? this.interviewer.view() : undefined;
  }

  /** Opens one question on its own (ending any drill in progress). */
  open(questionId: string): Promise<void> {
    return this.begin(questionId, undefined);
  }

  /** Starts a timed drill over `questionIds` with a total budget. */
  startSession(title: string, questionIds: string[], budgetMs: number): Promise<void> {
    const session = this.sessions.plan(title, questionIds, budgetMs);
    return this.begin(currentId(session), session);
  }

  /** A break between mock interview sections: its own countdown, and a button to go on. */
  showBreak(title: string, endsAt: number, upNext: string): void {
    const shown = this.state.enterBreak(title, endsAt, upNext);
    this.openPanel(title);
    this.post(breakMessage(shown, Date.now()));
  }

  /** Drops the drill in progress without a summary (its answered questions stay recorded). */
  cancelSession(): void {
    this.state.leaveBreak();
    this.sessions.begin(undefined);
    if (this.shown) this.sendState();
  }

  /** Grades the draft on screen, as the panel's button does (see `PanelInterviewer.grade`). */
  grade(token?: vscode.CancellationToken): Promise<InterviewOutcome | undefined> {
    return this.interviewer.grade(token);
  }

  /** Answers the follow-up on screen; the interviewer then grades the whole exchange. */
  answerFollowUp(answer: string): Promise<void> {
    return this.interviewer.answerFollowUp(answer);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: WebviewSavedState | undefined): Promise<void> {
    this.timing.opened(Date.now());
    this.adopt(panel);
    const saved = this.saved.get();
    const questionId = saved?.questionId ?? state?.questionId;
    const question = questionId ? (await this.banks.index()).question(questionId) : undefined;
    if (!question) {
      this.closePanel();
      return;
    }
    this.sessions.resume(saved?.session);
    await this.load(question, false);
  }

  protected onClosed(): void {
    this.interviewer.stop();
    this.state.close();
    this.sessions.updateStatus();
  }

  /** A first load drains what was queued; a rebuilt webview needs the whole state again. */
  protected async onReady(queued: ToWebview[]): Promise<void> {
    this.timing.ready(Date.now());
    const shown = this.shown;
    if (queued.some((message) => message.type === 'question' || message.type === 'break')) for (const message of queued) this.post(message);
    else if (this.state.current.kind === 'break') this.post(breakMessage(this.state.current, Date.now()));
    else if (shown) {
      this.state.refreshView(shown.question.id, await this.questionView(shown));
      this.sendState();
    }
  }

  protected async onMessage(message: Exclude<FromWebview, { type: 'ready' }>): Promise<void> {
    const shown = this.shown;
    const question = shown?.question;
    switch (message.type) {
      case 'rendered':
        if (message.id === shown?.view.id) this.rendered.fire(this.timing.rendered(message.id, Date.now()));
        return;
      case 'timer': {
        const countdown = this.state.timer(message.action, Date.now());
        if (countdown) this.post(timerMessage(countdown, Date.now()));
        return;
      }
      case 'revealAnswer':
        this.state.revealAnswer();
        if (shown) this.post(answerMessage(shown.detail));
        return;
      case 'revealHint': {
        const hint = this.state.revealHint(message.index);
        if (hint !== undefined) this.post(hintMessage(message.index, hint));
        return;
      }
      case 'scaffold':
        if (question?.exercise) await vscode.commands.executeCommand(Commands.scaffoldExercise, question.exercise);
        return;
      case 'draft':
      case 'notes':
      case 'grade':
        await this.answers.receive(message);
        return;
      case 'session':
        await this.sessions.act(message.action, this.state.usedMs(Date.now()), (shown?.question.time ?? 0) * 1000);
        return;
      case 'continueBreak':
        if (this.state.current.kind !== 'break') return;
        this.state.leaveBreak();
        this.breakContinued.fire();
        return;
      case 'askInterviewer':
      case 'answerFollowUp':
      case 'followUpDraft':
      case 'cancelInterviewer':
        await this.interviewer.receive(message);
        return;
    }
  }

  /** Shows `questionId` afresh, with `session` as the drill in progress (or none); nothing if it is not loaded. */
  private async begin(questionId: string, session: DrillSession | undefined): Promise<void> {
    const question = (await this.banks.index()).question(questionId);
    if (!question) {
      void vscode.window.showErrorMessage(`Interview Prep: no question with id "${questionId}" is loaded.`);
      return;
    }
    this.state.leaveBreak();
    this.sessions.begin(session);
    this.timing.opened(Date.now());
    this.openPanel(question.title);
    await this.load(question, true);
  }

  /** Shows a question. `fresh` starts its countdown anew unless a saved one for it was touched. */
  private async load(question: Question, fresh: boolean): Promise<void> {
    this.interviewer.leaveQuestion();
    const detail = await loadDetail(question);
    const { countdown, hintsUsed } = this.state.prepare(question, fresh, Date.now());
    this.setTitle(question.title);
    const view = await this.questionView({ question, detail });
    this.state.showQuestion({ kind: 'question', question, detail, countdown, hintsUsed, answerShown: false, view });
    this.sendState();
  }

  private async questionView({ question, detail }: Pick<QuestionShown, 'question' | 'detail'>): Promise<QuestionShown['view']> {
    const work = await this.work.get(question.id);
    this.interviewer.restore(work, detail);
    return questionView(question, detail, work);
  }

  /** Everything the webview shows, sent whole: after a load, and whenever a rebuilt webview says `ready`. */
  private sendState(): void {
    const shown = this.shown;
    if (!shown) return;
    for (const message of questionMessages(shown, this.sessions.view(), Date.now())) this.post(message);
    this.interviewer.send();
  }
}
