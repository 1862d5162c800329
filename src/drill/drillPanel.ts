// The drill panel's host side: one webview showing a question, its countdown and the user's work,
// alone or as part of a timed drill. Timers live here as absolute end times; the webview only draws
// them, so hiding, moving or reloading the panel loses nothing (the serializer restores it).
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
interface PanelState {
  questionId?: string;
}

export class DrillPanelController extends WebviewHost<ToWebview, FromWebview> {
  private question: Question | undefined;
  private detail: QuestionDetail | undefined;
  private countdown: Countdown | undefined;
  private hintsUsed = 0;
  private answerShown = false;
  private view: QuestionView | undefined;
  private session: DrillSession | undefined;
  /** `renderMs` runs from the command to the question on screen; `webviewMs`, to the webview's first message, when this open created it. */
  private readonly shown = this.register(new vscode.EventEmitter<{ questionId: string; renderMs: number; webviewMs?: number }>());
  /** Fires when the webview has drawn a question (used by the tree, tests and benchmarks). */
  readonly onDidShowQuestion = this.shown.event;
  private readonly sessionChanged = this.register(new vscode.EventEmitter<DrillSession | undefined>());
  readonly onDidChangeSession = this.sessionChanged.event;
  private readonly sessionFinished = this.register(new vscode.EventEmitter<DrillSession>());
  /** Fires when a drill reaches its summary (all answered, or ended early). */
  readonly onDidFinishSession = this.sessionFinished.event;
  private readonly breakContinued = this.register(new vscode.EventEmitter<void>());
  /** Fires when the user leaves a mock interview's break screen. */
  readonly onDidContinueBreak = this.breakContinued.event;
  private breakView: { title: string; endsAt: number; upNext: string } | undefined;
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
      question: () => this.question,
      detail: () => this.detail,
      isShowingQuestion: () => this.view !== undefined,
      post: (message) => this.post(message),
    }));
    this.onDidInterview = this.interviewer.onDidInterview;
  }

  get currentQuestionId(): string | undefined {
    return this.question?.id;
  }

  get currentSession(): DrillSession | undefined {
    return this.session;
  }

  /** The interviewer's part of the panel as it is drawn now (for the chat participant and tests). */
  get interviewState(): InterviewView | undefined {
    return this.view ? this.interviewer.view() : undefined;
  }

  /** Opens one question on its own (ending any drill in progress). */
  async open(questionId: string): Promise<void> {
    const question = await this.find(questionId);
    if (!question) return;
    this.breakView = undefined;
    this.setSession(undefined);
    await this.show(question, true);
  }

  /** Starts a timed drill over `questionIds` with a total budget. */
  async startSession(title: string, questionIds: string[], budgetMs: number): Promise<void> {
    const session = createSession(newAttemptId(), title, questionIds, budgetMs, Date.now());
    const first = await this.find(currentId(session));
    if (!first) return;
    this.breakView = undefined;
    this.setSession(session);
    await this.show(first, true);
  }

  /** A break between mock interview sections: its own countdown, and a button to go on. */
  showBreak(title: string, endsAt: number, upNext: string): void {
    this.breakView = { title, endsAt, upNext };
    this.openPanel(title);
    this.sendBreak();
  }

  private sendBreak(): void {
    if (this.breakView) this.post({ type: 'break', title: this.breakView.title, remainingMs: this.breakView.endsAt - Date.now(), upNext: this.breakView.upNext });
  }

  /** Drops the drill in progress without a summary (its answered questions stay recorded). */
  cancelSession(): void {
    this.breakView = undefined;
    this.setSession(undefined);
    if (this.view) this.sendState();
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
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
    this.question = undefined;
    this.view = undefined;
    this.updateStatus();
  }

  /** Shows a question. `fresh` starts its countdown anew unless a saved one for it exists. */
  private async load(question: Question, fresh: boolean): Promise<void> {
    this.interviewer.leaveQuestion();
    this.question = question;
    this.answerShown = false;
    this.detail = await loadDetail(question);
    const saved = this.context.workspaceState.get<SavedDrill>(StateKeys.drillTimer);
    const resumable = saved && saved.questionId === question.id && isCountdown(saved.countdown) && saved.countdown.durationMs === question.time * 1000;
    if (resumable && (!fresh || isRunning(saved.countdown) || saved.countdown.remainingMs !== saved.countdown.durationMs)) {
      this.countdown = saved.countdown;
      this.hintsUsed = saved.hintsUsed ?? 0;
    } else {
      this.countdown = start(createCountdown(question.time * 1000), Date.now());
      this.hintsUsed = 0;
    }
    this.save();
    this.setTitle(question.title);
    this.view = await this.questionView(question, this.detail);
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
    if (!this.view) return;
    this.post({ type: 'question', question: this.view, session: this.sessionView() });
    for (let index = 0; index < this.hintsUsed; index++) this.sendHint(index);
    if (this.answerShown) this.sendAnswer();
    this.sendTimer();
    this.interviewer.send();
  }

  private sendAnswer(): void {
    if (this.detail) this.post({ type: 'answer', html: renderMarkdown(this.detail.answer), evaluation: this.detail.evaluation.map(renderInline) });
  }

  /** A first load drains what was queued; a rebuilt webview needs the whole state again. */
  protected async onReady(queued: ToWebview[]): Promise<void> {
    this.readyAt = Date.now();
    const question = this.question;
    if (queued.some((message) => message.type === 'question' || message.type === 'break')) for (const message of queued) this.post(message);
    else if (this.breakView) this.sendBreak();
    else if (this.view) {
      if (this.view.id === question?.id) this.view = await this.questionView(question, this.detail!);
      this.sendState();
    }
  }

  protected async onMessage(message: Exclude<FromWebview, { type: 'ready' }>): Promise<void> {
    const question = this.question;
    switch (message.type) {
      case 'rendered':
        if (message.id === this.view?.id) {
          this.shown.fire({ questionId: message.id, renderMs: Date.now() - this.openedAt, webviewMs: this.readyAt >= this.openedAt ? this.readyAt - this.openedAt : undefined });
        }
        return;
      case 'timer':
        if (!this.countdown) return;
        if (message.action === 'start') this.countdown = start(this.countdown, Date.now());
        else if (message.action === 'pause') this.countdown = pause(this.countdown, Date.now());
        else this.countdown = reset(this.countdown);
        this.save();
        this.sendTimer();
        return;
      case 'revealAnswer':
        this.answerShown = true;
        this.sendAnswer();
        return;
      case 'revealHint':
        if (message.index === this.hintsUsed && this.detail && message.index < this.detail.hints.length) {
          this.hintsUsed++;
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
        if (!this.breakView) return;
        this.breakView = undefined;
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
    return this.question && this.detail ? { question: this.question, detail: this.detail } : undefined;
  }

  private async saveAttempt(question: Question, score: number, grade: 'again' | 'hard' | 'good' | 'easy'): Promise<void> {
    const now = Date.now();
    const usedMs = this.countdown ? Math.max(0, this.countdown.durationMs - remaining(this.countdown, now)) : 0;
    const work = await this.work.get(question.id);
    const draft = workText(work);
    // A grading the model suggested is recorded as such, with the model; the score and grade are the user's.
    const interview = this.interviewer.record;
    this.interviewer.stop();
    await this.attempts.record({
      id: newAttemptId(), kind: question.kind === 'pitch' ? 'pitch' : 'question', questionId: question.id, at: new Date(now).toISOString(),
      durationMs: usedMs, allottedMs: question.time * 1000, score, grade, hintsUsed: this.hintsUsed, outcome: 'completed',
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
      const usedMs = this.countdown ? Math.max(0, this.countdown.durationMs - remaining(this.countdown, now)) : 0;
      this.setSession(skip(session, usedMs, (this.question?.time ?? 0) * 1000));
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

  private sendHint(index: number): void {
    const hint = this.detail?.hints[index];
    if (hint !== undefined) this.post({ type: 'hint', index, html: renderInline(hint) });
  }

  /** The timer's state as the webview needs it: time left now, so clocks need not agree. */
  private sendTimer(): void {
    if (!this.countdown) return;
    this.post({ type: 'timer', timer: { durationMs: this.countdown.durationMs, remainingMs: remaining(this.countdown, Date.now()), running: isRunning(this.countdown) } });
  }

  private save(): void {
    if (!this.question || !this.countdown) return;
    const saved: SavedDrill = { questionId: this.question.id, countdown: this.countdown, hintsUsed: this.hintsUsed, session: this.session };
    void this.context.workspaceState.update(StateKeys.drillTimer, saved);
  }
}
