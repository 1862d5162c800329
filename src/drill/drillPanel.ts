// The drill panel's host side: one webview showing a question, its countdown and the user's work,
// alone or as part of a timed drill. Timers live here as absolute end times; the webview only draws
// them, so hiding, moving or reloading the panel loses nothing (the serializer restores it).
//
// States (`PanelState`); the drill in progress (`session`) runs alongside whichever is shown:
//   empty     nothing drawn: never opened, or the panel was closed.
//   question  a question drawn: its detail, countdown, hints and answer revealed, and its view.
//   break     a mock interview's break screen, over the question shown before it (`under`).
// Transitions, each a small method below:
//   showQuestion   any → question          a question loaded whole (open, a drill's start or next
//                                          question, a reload); until it is loaded, the state before stays.
//   enterBreak     empty | question → break
//   leaveBreak     break → under, or empty (continue, cancel the drill, open a question, start a drill)
//   closed         any → empty
//   setCountdown, revealHint, revealAnswer, refreshView
//                  question → question     (also for the question under a break)
import * as vscode from 'vscode';
import { loadDetail, type QuestionDetail } from '../bank/detail';
import type { Question } from '../bank/model';
import { formatClock } from '../bank/time';
import { StatusClock } from '../common/statusClock';
import { WebviewHost } from '../webview/webviewHost';
import { DRILL_BODY } from './drillPage';
import type { BankService } from '../workspaceBanks/bankService';
import { Commands, Panels, StateKeys } from '../ids';
import { newAttemptId, type AttemptRecorder } from '../progress/model';
import { transcript } from '../interviewer/interview';
import type { LanguageModels } from '../interviewer/languageModels';
import { workText } from './answerText';
import { createCountdown, isCountdown, isRunning, pause, remaining, reset, start, type Countdown } from './countdown';
import { isFromWebview, type FromWebview, type InterviewView, type QuestionView, type SessionView, type ToWebview } from './messages';
import { PanelInterviewer, type InterviewOutcome } from './panelInterviewer';
import { renderInline, renderMarkdown } from './render';
import { createSession, currentId, end, goTo, isFinished, isSession, recordResult, skip, summarize, type DrillSession } from './session';
import type { WorkStore } from './workStore';

/** What survives a reload, in workspace state. */
interface SavedDrill {
  questionId: string;
  countdown: Countdown;
  hintsUsed: number;
  session?: DrillSession;
}

/** What the webview keeps with `setState`, so the serializer can restore the panel. */
interface WebviewSavedState {
  questionId?: string;
}

/** A question drawn in the panel, with what the user has done with it since. */
interface QuestionShown {
  kind: 'question';
  question: Question;
  detail: QuestionDetail;
  countdown: Countdown;
  hintsUsed: number;
  answerShown: boolean;
  view: QuestionView;
}

/** A mock interview's break screen; `under` is the question shown before it. */
interface BreakShown {
  kind: 'break';
  title: string;
  endsAt: number;
  upNext: string;
  under: QuestionShown | undefined;
}

type PanelState = { kind: 'empty' } | QuestionShown | BreakShown;

export class DrillPanelController extends WebviewHost<ToWebview, FromWebview> {
  private state: PanelState = { kind: 'empty' };
  private session: DrillSession | undefined;
  /** `renderMs` runs from the command to the question on screen; `webviewMs`, to the webview's first message, when this open created it. */
  private readonly rendered = this.register(new vscode.EventEmitter<{ questionId: string; renderMs: number; webviewMs?: number }>());
  /** Fires when the webview has drawn a question (used by the tree, tests and benchmarks). */
  readonly onDidShowQuestion = this.rendered.event;
  private readonly sessionChanged = this.register(new vscode.EventEmitter<DrillSession | undefined>());
  readonly onDidChangeSession = this.sessionChanged.event;
  private readonly sessionFinished = this.register(new vscode.EventEmitter<DrillSession>());
  /** Fires when a drill reaches its summary (all answered, or ended early). */
  readonly onDidFinishSession = this.sessionFinished.event;
  private readonly breakContinued = this.register(new vscode.EventEmitter<void>());
  /** Fires when the user leaves a mock interview's break screen. */
  readonly onDidContinueBreak = this.breakContinued.event;
  private readonly clock = this.register(new StatusClock('interviewPrep.drillSession', 'Interview Prep drill', 60, Commands.showDrill));
  private openedAt = 0;
  private readyAt = 0;
  private readonly interviewer: PanelInterviewer;
  /** Fires when a request to the interviewer ends, well or not. */
  readonly onDidInterview: vscode.Event<InterviewOutcome>;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly banks: BankService,
    private readonly work: WorkStore,
    private readonly attempts: AttemptRecorder,
    models: LanguageModels,
  ) {
    super(context.extensionUri, { viewType: Panels.drill, assets: { script: 'drill.js', style: 'drill.css' }, pageTitle: 'Interview Prep drill', body: DRILL_BODY, isMessage: isFromWebview, name: 'drill' });
    this.interviewer = this.register(new PanelInterviewer(work, models, {
      question: () => this.shown?.question,
      detail: () => this.shown?.detail,
      isShowingQuestion: () => this.shown !== undefined,
      post: (message) => this.post(message),
    }));
    this.onDidInterview = this.interviewer.onDidInterview;
  }

  get currentQuestionId(): string | undefined {
    return this.shown?.question.id;
  }

  /** The question drawn, or the one under the break screen. */
  private get shown(): QuestionShown | undefined {
    return this.state.kind === 'question' ? this.state : this.state.kind === 'break' ? this.state.under : undefined;
  }

  // ---- Transitions (see the diagram at the top)

  /** empty | question | break → question: the next question, loaded whole. */
  private showQuestion(next: QuestionShown): void {
    this.state = next;
  }

  /** empty | question → break, keeping the question under it. */
  private enterBreak(title: string, endsAt: number, upNext: string): void {
    this.state = { kind: 'break', title, endsAt, upNext, under: this.shown };
  }

  /** break → the question under it (or empty); any other state stays. */
  private leaveBreak(): void {
    if (this.state.kind === 'break') this.state = this.state.under ?? { kind: 'empty' };
  }

  /** any → empty: the panel was closed. */
  private closed(): void {
    this.state = { kind: 'empty' };
  }

  /** Within the question shown: its countdown started, paused or reset. */
  private setCountdown(countdown: Countdown): void {
    this.changeShown((shown) => ({ ...shown, countdown }));
  }

  /** Within the question shown: one more hint revealed. */
  private revealHint(): void {
    this.changeShown((shown) => ({ ...shown, hintsUsed: shown.hintsUsed + 1 }));
  }

  /** Within the question shown: the model answer revealed. */
  private revealAnswer(): void {
    this.changeShown((shown) => ({ ...shown, answerShown: true }));
  }

  /** Within the question shown: its view rebuilt from the saved work. */
  private refreshView(view: QuestionView): void {
    this.changeShown((shown) => ({ ...shown, view }));
  }

  private changeShown(change: (shown: QuestionShown) => QuestionShown): void {
    if (this.state.kind === 'question') this.state = change(this.state);
    else if (this.state.kind === 'break' && this.state.under) this.state = { ...this.state, under: change(this.state.under) };
  }

  get currentSession(): DrillSession | undefined {
    return this.session;
  }

  /** The interviewer's part of the panel as it is drawn now (for the chat participant and tests). */
  get interviewState(): InterviewView | undefined {
    return this.shown ? this.interviewer.view() : undefined;
  }

  /** Opens one question on its own (ending any drill in progress). */
  async open(questionId: string): Promise<void> {
    const question = await this.find(questionId);
    if (!question) return;
    this.leaveBreak();
    this.setSession(undefined);
    await this.show(question, true);
  }

  /** Starts a timed drill over `questionIds` with a total budget. */
  async startSession(title: string, questionIds: string[], budgetMs: number): Promise<void> {
    const session = createSession(newAttemptId(), title, questionIds, budgetMs, Date.now());
    const first = await this.find(currentId(session));
    if (!first) return;
    this.leaveBreak();
    this.setSession(session);
    await this.show(first, true);
  }

  /** A break between mock interview sections: its own countdown, and a button to go on. */
  showBreak(title: string, endsAt: number, upNext: string): void {
    this.enterBreak(title, endsAt, upNext);
    this.openPanel(title);
    this.sendBreak();
  }

  private sendBreak(): void {
    const state = this.state;
    if (state.kind === 'break') this.post({ type: 'break', title: state.title, remainingMs: state.endsAt - Date.now(), upNext: state.upNext });
  }

  /** Drops the drill in progress without a summary (its answered questions stay recorded). */
  cancelSession(): void {
    this.leaveBreak();
    this.setSession(undefined);
    if (this.shown) this.sendState();
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: WebviewSavedState | undefined): Promise<void> {
    this.openedAt = Date.now();
    this.adopt(panel);
    const saved = this.context.workspaceState.get<SavedDrill>(StateKeys.drillTimer);
    const questionId = saved?.questionId ?? state?.questionId;
    const question = questionId ? (await this.banks.index()).question(questionId) : undefined;
    if (!question) {
      this.closePanel();
      return;
    }
    if (saved?.session && isSession(saved.session) && !isFinished(saved.session)) this.setSession(saved.session);
    await this.load(question, false);
  }

  private async find(questionId: string): Promise<Question | undefined> {
    const question = (await this.banks.index()).question(questionId);
    if (!question) void vscode.window.showErrorMessage(`Interview Prep: no question with id "${questionId}" is loaded.`);
    return question;
  }

  private async show(question: Question, fresh: boolean): Promise<void> {
    this.openedAt = Date.now();
    this.openPanel(question.title);
    await this.load(question, fresh);
  }

  protected onClosed(): void {
    this.interviewer.stop();
    this.closed();
    this.updateStatus();
  }

  /** Shows a question. `fresh` starts its countdown anew unless a saved one for it exists. */
  private async load(question: Question, fresh: boolean): Promise<void> {
    this.interviewer.leaveQuestion();
    const detail = await loadDetail(question);
    const saved = this.context.workspaceState.get<SavedDrill>(StateKeys.drillTimer);
    const resumable = saved && saved.questionId === question.id && isCountdown(saved.countdown) && saved.countdown.durationMs === question.time * 1000;
    const resumed = resumable && (!fresh || isRunning(saved.countdown) || saved.countdown.remainingMs !== saved.countdown.durationMs);
    const countdown = resumed ? saved.countdown : start(createCountdown(question.time * 1000), Date.now());
    const hintsUsed = resumed ? saved.hintsUsed ?? 0 : 0;
    this.save(question, countdown, hintsUsed);
    this.setTitle(question.title);
    const view = await this.questionView(question, detail);
    this.showQuestion({ kind: 'question', question, detail, countdown, hintsUsed, answerShown: false, view });
    this.sendState();
  }

  private async questionView(question: Question, detail: QuestionDetail): Promise<QuestionView> {
    const work = await this.work.get(question.id);
    this.interviewer.restore(work, detail);
    return {
      id: question.id,
      title: question.title,
      roles: question.roles,
      topic: question.topic,
      kind: question.kind,
      difficulty: question.difficulty,
      time: question.time,
      promptHtml: renderMarkdown(detail.prompt),
      hintCount: detail.hints.length,
      exercise: question.exercise,
      star: question.kind === 'behavioral',
      draft: work.draft,
      starFields: work.star,
      notes: work.notes,
    };
  }

  /** Everything the webview shows, sent whole: after a load, and whenever a rebuilt webview says `ready`. */
  private sendState(): void {
    const shown = this.shown;
    if (!shown) return;
    this.post({ type: 'question', question: shown.view, session: this.sessionView() });
    for (let index = 0; index < shown.hintsUsed; index++) this.sendHint(index);
    if (shown.answerShown) this.sendAnswer();
    this.sendTimer();
    this.interviewer.send();
  }

  private sendAnswer(): void {
    const detail = this.shown?.detail;
    if (detail) this.post({ type: 'answer', html: renderMarkdown(detail.answer), evaluation: detail.evaluation.map(renderInline) });
  }

  /** A first load drains what was queued; a rebuilt webview needs the whole state again. */
  protected async onReady(queued: ToWebview[]): Promise<void> {
    this.readyAt = Date.now();
    const shown = this.shown;
    if (queued.some((message) => message.type === 'question' || message.type === 'break')) for (const message of queued) this.post(message);
    else if (this.state.kind === 'break') this.sendBreak();
    else if (shown) {
      const view = await this.questionView(shown.question, shown.detail);
      if (this.shown?.question.id === shown.question.id) this.refreshView(view);
      this.sendState();
    }
  }

  protected async onMessage(message: Exclude<FromWebview, { type: 'ready' }>): Promise<void> {
    const shown = this.shown;
    const question = shown?.question;
    switch (message.type) {
      case 'rendered':
        if (message.id === shown?.view.id) {
          this.rendered.fire({ questionId: message.id, renderMs: Date.now() - this.openedAt, webviewMs: this.readyAt >= this.openedAt ? this.readyAt - this.openedAt : undefined });
        }
        return;
      case 'timer':
        if (!shown) return;
        if (message.action === 'start') this.setCountdown(start(shown.countdown, Date.now()));
        else if (message.action === 'pause') this.setCountdown(pause(shown.countdown, Date.now()));
        else this.setCountdown(reset(shown.countdown));
        this.save();
        this.sendTimer();
        return;
      case 'revealAnswer':
        this.revealAnswer();
        this.sendAnswer();
        return;
      case 'revealHint':
        if (shown && message.index === shown.hintsUsed && message.index < shown.detail.hints.length) {
          this.revealHint();
          this.save();
          this.sendHint(message.index);
        }
        return;
      case 'scaffold':
        if (question?.exercise) await vscode.commands.executeCommand(Commands.scaffoldExercise, question.exercise);
        return;
      case 'draft':
        if (!question) return;
        await this.work.update(question.id, { draft: message.draft, ...(message.star ? { star: message.star } : {}) });
        this.post({ type: 'saved', what: 'draft' });
        return;
      case 'notes':
        if (!question) return;
        await this.work.update(question.id, { notes: message.notes });
        this.post({ type: 'saved', what: 'notes' });
        return;
      case 'grade':
        if (question) await this.saveAttempt(question, message.score, message.grade);
        return;
      case 'session':
        await this.sessionAction(message.action);
        return;
      case 'continueBreak':
        if (this.state.kind !== 'break') return;
        this.leaveBreak();
        this.breakContinued.fire();
        return;
      case 'askInterviewer':
        if (question) await this.interviewer.askFromPanel(question, message.draft, message.star);
        return;
      case 'answerFollowUp':
        await this.interviewer.answerFollowUp(message.answer);
        return;
      case 'followUpDraft':
        await this.interviewer.saveFollowUpDraft(message.answer);
        return;
      case 'cancelInterviewer':
        this.interviewer.cancel();
        return;
    }
  }

  /** Grades the draft on screen, as the panel's button does (see `PanelInterviewer.grade`). */
  grade(token?: vscode.CancellationToken): Promise<InterviewOutcome | undefined> {
    return this.interviewer.grade(token);
  }

  /** Answers the follow-up on screen; the interviewer then grades the whole exchange. */
  answerFollowUp(answer: string): Promise<void> {
    return this.interviewer.answerFollowUp(answer);
  }

  /** The question on screen with what grading it needs, for the chat participant. */
  get currentDetail(): { question: Question; detail: QuestionDetail } | undefined {
    const shown = this.shown;
    return shown && { question: shown.question, detail: shown.detail };
  }

  private async saveAttempt(question: Question, score: number, grade: 'again' | 'hard' | 'good' | 'easy'): Promise<void> {
    const now = Date.now();
    const usedMs = this.usedMs(now);
    const work = await this.work.get(question.id);
    const draft = workText(work);
    // A grading the model suggested is recorded as such, with the model; the score and grade are the user's.
    const interview = this.interviewer.record;
    this.interviewer.stop();
    await this.attempts.record({
      id: newAttemptId(), kind: question.kind === 'pitch' ? 'pitch' : 'question', questionId: question.id, at: new Date(now).toISOString(),
      durationMs: usedMs, allottedMs: question.time * 1000, score, grade, hintsUsed: this.shown?.hintsUsed ?? 0, outcome: 'completed',
      ...(draft.trim() ? { draft } : {}), ...(this.session ? { sessionId: this.session.id } : {}),
      ...(interview ? { suggestedScore: interview.grading.score, suggestedBy: interview.model } : {}),
      ...(interview && interview.turns.length > 0 ? { interview: transcript(interview.turns) } : {}),
    });
    // The attempt keeps what was written; the next attempt starts from a blank page, notes stay.
    this.interviewer.clearAfterAttempt();
    await this.work.update(question.id, { draft: '', star: undefined, interview: undefined });
    this.interviewer.send();
    this.post({ type: 'saved', what: 'attempt' });
    if (this.session) {
      this.setSession(recordResult(this.session, { questionId: question.id, score, grade, durationMs: usedMs, allottedMs: question.time * 1000 }));
      await this.advance();
    }
  }

  private async sessionAction(action: 'next' | 'previous' | 'skip' | 'end'): Promise<void> {
    const session = this.session;
    if (!session) return;
    const now = Date.now();
    if (action === 'end') this.setSession(end(session, now));
    else if (action === 'skip') {
      this.setSession(skip(session, this.usedMs(now), (this.shown?.question.time ?? 0) * 1000));
    } else this.setSession(goTo(session, session.index + (action === 'next' ? 1 : -1)));
    await this.advance();
  }

  /** Shows the session's current question, or its summary once it is over. */
  private async advance(): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (isFinished(session)) {
      this.post({ type: 'summary', title: session.title, summary: summarize(session, Date.now()) });
      this.setSession(undefined);
      this.sessionFinished.fire(session);
      return;
    }
    const next = (await this.banks.index()).question(currentId(session));
    if (next) await this.load(next, true);
  }

  private setSession(session: DrillSession | undefined): void {
    this.session = session;
    this.save();
    this.updateStatus();
    this.sessionChanged.fire(session);
  }

  private sessionView(): SessionView | undefined {
    const session = this.session;
    if (!session) return undefined;
    return {
      title: session.title,
      position: session.index + 1,
      total: session.questionIds.length,
      answered: Object.values(session.results).filter((result) => !result.skipped).length,
      remainingMs: session.endsAt - Date.now(),
    };
  }

  private updateStatus(): void {
    if (!this.session || !this.isOpen) {
      this.clock.stop();
      return;
    }
    this.clock.run(() => {
      const view = this.sessionView();
      return view && { text: `$(watch) ${view.position}/${view.total} · ${formatClock(view.remainingMs)} left`, tooltip: `${view.title}: question ${view.position} of ${view.total}, ${view.answered} answered. Click to show the drill.` };
    });
  }

  /** How long the question shown has been worked on, by its countdown. */
  private usedMs(now: number): number {
    const countdown = this.shown?.countdown;
    return countdown ? Math.max(0, countdown.durationMs - remaining(countdown, now)) : 0;
  }

  private sendHint(index: number): void {
    const hint = this.shown?.detail.hints[index];
    if (hint !== undefined) this.post({ type: 'hint', index, html: renderInline(hint) });
  }

  /** The timer's state as the webview needs it: time left now, so clocks need not agree. */
  private sendTimer(): void {
    const countdown = this.shown?.countdown;
    if (!countdown) return;
    this.post({ type: 'timer', timer: { durationMs: countdown.durationMs, remainingMs: remaining(countdown, Date.now()), running: isRunning(countdown) } });
  }

  /** Keeps the question's countdown, hints and the drill for a reload (by default, those shown now). */
  private save(question = this.shown?.question, countdown = this.shown?.countdown, hintsUsed = this.shown?.hintsUsed ?? 0): void {
    if (!question || !countdown) return;
    const saved: SavedDrill = { questionId: question.id, countdown, hintsUsed, session: this.session };
    void this.context.workspaceState.update(StateKeys.drillTimer, saved);
  }
}
