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
import { gradeForScore, quoteInDraft } from '../interviewer/grading';
import { nextFollowUp, transcript, type InterviewRecord, type Turn } from '../interviewer/interview';
import type { LanguageModels, ModelStatus } from '../interviewer/languageModels';
import { buildGradingPrompt, gradingInput } from '../interviewer/prompt';
import { parseGradingReply } from '../interviewer/reply';
import { createCountdown, isCountdown, isRunning, pause, remaining, reset, start, type Countdown } from './countdown';
import { isFromWebview, type FromWebview, type InterviewView, type QuestionView, type SessionView, type ToWebview } from './messages';
import { renderMarkdown } from './render';
import { createSession, currentId, end, goTo, isFinished, isSession, recordResult, skip, summarize, type DrillSession } from './session';
import type { WorkStore } from './workStore';

/** What survives a reload, in workspace state. */
interface SavedDrill {
  questionId: string;
  countdown: Countdown;
  hintsUsed: number;
  session?: DrillSession;
}

/** A request to the model in flight, for the question on screen. */
interface Asking {
  source: vscode.CancellationTokenSource;
  what: 'grading' | 'followUp';
  received: number;
}

/** How a grading went, for tests and the benchmark notes. */
export interface InterviewOutcome {
  questionId: string;
  ok: boolean;
  message?: string;
  firstChunkMs?: number;
  totalMs?: number;
}

/** The model's reply, as plain text, when it was not a grading: at most this much is shown. */
const SHOWN_REPLY_CHARS = 4000;
/** Progress while a reply streams in is drawn at most this often. */
const PROGRESS_EVERY_MS = 150;

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
  private interview: InterviewRecord | undefined;
  /** The text the grading on screen was given (draft and follow-up answers), to check its quotes. */
  private gradedText = '';
  private asking: Asking | undefined;
  private interviewError: InterviewView['error'];
  private modelStatus: ModelStatus | undefined;
  private progressPostedAt = 0;
  private readonly interviewed = this.register(new vscode.EventEmitter<InterviewOutcome>());
  /** Fires when a request to the interviewer ends, well or not. */
  readonly onDidInterview = this.interviewed.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly banks: BankService,
    private readonly work: WorkStore,
    private readonly attempts: AttemptRecorder,
    private readonly models: LanguageModels,
  ) {
    super(context.extensionUri, { viewType: Panels.drill, assets: { script: 'drill.js', style: 'drill.css' }, pageTitle: 'Interview Prep drill', body: DRILL_BODY, isMessage: isFromWebview, name: 'drill' });
    this.register(models.onDidChangeStatus((status) => {
      this.modelStatus = status;
      this.sendInterview();
    }));
  }

  get currentQuestionId(): string | undefined {
    return this.question?.id;
  }

  get currentSession(): DrillSession | undefined {
    return this.session;
  }

  /** The interviewer's part of the panel as it is drawn now (for the chat participant and tests). */
  get interviewState(): InterviewView | undefined {
    return this.view ? this.interviewView() : undefined;
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
    this.stopAsking();
    this.question = undefined;
    this.view = undefined;
    this.updateStatus();
  }

  /** Shows a question. `fresh` starts its countdown anew unless a saved one for it exists. */
  private async load(question: Question, fresh: boolean): Promise<void> {
    this.stopAsking();
    this.question = question;
    this.answerShown = false;
    this.interview = undefined;
    this.interviewError = undefined;
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
    // A conversation about another version of the question (its points changed since) is dropped.
    this.interview = work.interview?.grading.points.length === detail.evaluation.length ? work.interview : undefined;
    this.gradedText = gradedText(work.star ? starText(work.star, work.draft) : work.draft, this.interview?.turns ?? []);
    if (!this.modelStatus) {
      // Looked up without holding up the question: the interviewer's controls appear when it answers.
      void this.models.status().then((status) => {
        this.modelStatus = status;
        this.sendInterview();
      });
    }
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
    this.sendInterview();
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
        if (!question || this.asking) return;
        await this.work.update(question.id, { draft: message.draft, ...(message.star ? { star: message.star } : {}) });
        await this.askInterviewer(question, message.star ? starText(message.star, message.draft) : message.draft, this.interview?.turns ?? [], 'grading');
        return;
      case 'answerFollowUp':
        await this.answerFollowUp(message.answer);
        return;
      case 'followUpDraft':
        if (!question || !this.interview?.pending) return;
        this.interview = { ...this.interview, pending: { ...this.interview.pending, answer: message.answer } };
        await this.work.update(question.id, { interview: this.interview });
        return;
      case 'cancelInterviewer':
        this.asking?.source.cancel();
        return;
    }
  }

  /**
   * Grades the draft on screen (with the follow-ups answered, if any), as the panel's button does; the
   * result shows in the panel. Undefined when no question is open or a request is already running.
   */
  async grade(token?: vscode.CancellationToken): Promise<InterviewOutcome | undefined> {
    const question = this.question;
    if (!question || this.asking) return undefined;
    const work = await this.work.get(question.id);
    const cancel = token?.onCancellationRequested(() => this.asking?.source.cancel());
    try {
      return await this.askInterviewer(question, work.star ? starText(work.star, work.draft) : work.draft, this.interview?.turns ?? [], 'grading');
    } finally {
      cancel?.dispose();
    }
  }

  /** The question on screen with what grading it needs, for the chat participant. */
  get currentDetail(): { question: Question; detail: QuestionDetail } | undefined {
    return this.question && this.detail ? { question: this.question, detail: this.detail } : undefined;
  }

  private async askInterviewer(question: Question, draft: string, turns: Turn[], what: Asking['what']): Promise<InterviewOutcome | undefined> {
    const detail = this.detail;
    if (!detail) return undefined;
    const ended = (outcome: InterviewOutcome): InterviewOutcome => {
      this.interviewed.fire(outcome);
      return outcome;
    };
    const built = buildGradingPrompt(gradingInput(question.title, detail, draft, turns));
    if (!built.ok) {
      this.interviewError = { message: built.error };
      this.sendInterview();
      return ended({ questionId: question.id, ok: false, message: built.error });
    }
    const asking: Asking = { source: new vscode.CancellationTokenSource(), what, received: 0 };
    this.asking = asking;
    this.interviewError = undefined;
    this.sendInterview();
    const answer = await this.models.ask(built.prompt, asking.source.token, (received) => {
      asking.received = received;
      if (Date.now() - this.progressPostedAt >= PROGRESS_EVERY_MS) this.sendInterview();
    });
    asking.source.dispose();
    // Another question, or a closed panel, stopped this request: its answer goes nowhere.
    if (this.asking !== asking) return { questionId: question.id, ok: false, message: 'Stopped: the panel moved on or closed.' };
    this.asking = undefined;
    if (!answer.ok) {
      this.interviewError = { message: answer.message };
      this.sendInterview();
      return ended({ questionId: question.id, ok: false, message: answer.message });
    }
    const parsed = parseGradingReply(answer.text, detail.evaluation.length);
    if (!parsed.ok) {
      const message = `${answer.model} answered, but not with a grading. ${parsed.error} Its reply is below, as plain text; nothing of it was used. Grade yourself, or ask again.`;
      this.interviewError = { message, reply: answer.text.slice(0, SHOWN_REPLY_CHARS) };
      this.sendInterview();
      return ended({ questionId: question.id, ok: false, message, firstChunkMs: answer.firstChunkMs, totalMs: answer.totalMs });
    }
    const record: InterviewRecord = { model: answer.model, grading: parsed.grading, gradedAt: new Date().toISOString(), turns };
    const pending = nextFollowUp(record, detail.followUps);
    this.interview = pending ? { ...record, pending } : record;
    this.gradedText = gradedText(draft, turns);
    await this.work.update(question.id, { interview: this.interview });
    this.sendInterview();
    return ended({ questionId: question.id, ok: true, firstChunkMs: answer.firstChunkMs, totalMs: answer.totalMs });
  }

  /** Answers the follow-up on screen; the interviewer then grades the whole exchange. */
  async answerFollowUp(answer: string): Promise<void> {
    const question = this.question;
    const interview = this.interview;
    if (!question || !interview?.pending || this.asking || answer.trim() === '') return;
    const turns = [...interview.turns, { ...interview.pending, answer }];
    this.interview = { model: interview.model, grading: interview.grading, gradedAt: interview.gradedAt, turns };
    await this.work.update(question.id, { interview: this.interview });
    const work = await this.work.get(question.id);
    await this.askInterviewer(question, work.star ? starText(work.star, work.draft) : work.draft, turns, 'followUp');
  }

  private stopAsking(): void {
    this.asking?.source.cancel();
    this.asking = undefined;
  }

  private interviewView(): InterviewView {
    const status = this.modelStatus;
    const record = this.interview;
    const evaluation = this.detail?.evaluation ?? [];
    const grading = record && {
      model: record.model,
      score: record.grading.score,
      band: record.grading.band,
      grade: gradeForScore(record.grading.score),
      followUp: record.grading.followUp,
      gradedAt: record.gradedAt,
      points: record.grading.points.map((point) => ({ html: renderInline(evaluation[point.point - 1] ?? ''), verdict: point.verdict, reason: point.reason, quote: point.quote, quoteFound: point.quote === '' || quoteInDraft(point.quote, this.gradedText) })),
    };
    return {
      available: status?.available === true,
      ...(status?.available ? { model: status.model } : {}),
      ...(this.asking ? { busy: { what: this.asking.what, received: this.asking.received } } : {}),
      ...(this.interviewError ? { error: this.interviewError } : {}),
      ...(grading ? { grading } : {}),
      turns: record?.turns ?? [],
      ...(record?.pending ? { pending: record.pending } : {}),
    };
  }

  private sendInterview(): void {
    if (!this.view) return;
    this.progressPostedAt = Date.now();
    this.post({ type: 'interview', view: this.interviewView() });
  }

  private async saveAttempt(question: Question, score: number, grade: 'again' | 'hard' | 'good' | 'easy'): Promise<void> {
    const now = Date.now();
    const usedMs = this.countdown ? Math.max(0, this.countdown.durationMs - remaining(this.countdown, now)) : 0;
    const work = await this.work.get(question.id);
    const draft = work.star ? starText(work.star, work.draft) : work.draft;
    // A grading the model suggested is recorded as such, with the model; the score and grade are the user's.
    const interview = this.interview;
    this.stopAsking();
    await this.attempts.record({
      id: newAttemptId(), kind: question.kind === 'pitch' ? 'pitch' : 'question', questionId: question.id, at: new Date(now).toISOString(),
      durationMs: usedMs, allottedMs: question.time * 1000, score, grade, hintsUsed: this.hintsUsed, outcome: 'completed',
      ...(draft.trim() ? { draft } : {}), ...(this.session ? { sessionId: this.session.id } : {}),
      ...(interview ? { suggestedScore: interview.grading.score, suggestedBy: interview.model } : {}),
      ...(interview && interview.turns.length > 0 ? { interview: transcript(interview.turns) } : {}),
    });
    // The attempt keeps what was written; the next attempt starts from a blank page, notes stay.
    this.interview = undefined;
    this.interviewError = undefined;
    await this.work.update(question.id, { draft: '', star: undefined, interview: undefined });
    this.sendInterview();
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

function renderInline(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>\n?$/, '$1');
}

function gradedText(draft: string, turns: readonly Turn[]): string {
  return [draft, ...turns.map((turn) => turn.answer)].join('\n');
}

function starText(star: { situation: string; task: string; action: string; result: string }, draft: string): string {
  const parts = [['Situation', star.situation], ['Task', star.task], ['Action', star.action], ['Result', star.result]].filter(([, text]) => text.trim());
  return [...parts.map(([label, text]) => `${label}: ${text}`), draft].filter((text) => text.trim()).join('\n\n');
}
