// The drill panel's host side: one webview showing a question, its countdown and the user's work,
// alone or as part of a timed drill. Timers live here as absolute end times; the webview only draws
// them, so hiding, moving or reloading the panel loses nothing (the serializer restores it).
import * as vscode from 'vscode';
import { attachPanel, webviewOptions, webviewPage, type WebviewAssets } from '../webviewPage';
import { loadDetail, type QuestionDetail } from '../bank/detail';
import type { Question } from '../bank/model';
import { formatClock } from '../bank/time';
import type { BankService } from '../workspaceBanks/bankService';
import { Commands, Panels, StateKeys } from '../ids';
import { newAttemptId, type AttemptRecorder } from '../progress/model';
import { createCountdown, isCountdown, isRunning, pause, remaining, reset, start, type Countdown } from './countdown';
import { isFromWebview, type FromWebview, type QuestionView, type SessionView, type ToWebview } from './messages';
import { renderMarkdown } from './render';
import { createSession, currentId, end, goTo, isFinished, isSession, recordResult, skip, summarize, type DrillSession } from './session';
import type { WorkStore } from './workStore';

/** This panel's script and stylesheet. */
const ASSETS: WebviewAssets = { script: 'drill.js', style: 'drill.css' };

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

export class DrillPanelController implements vscode.Disposable, vscode.WebviewPanelSerializer<PanelState> {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private question: Question | undefined;
  private detail: QuestionDetail | undefined;
  private countdown: Countdown | undefined;
  private hintsUsed = 0;
  private answerShown = false;
  private view: QuestionView | undefined;
  private session: DrillSession | undefined;
  private ready = false;
  private queue: ToWebview[] = [];
  /** `renderMs` runs from the command to the question on screen; `webviewMs`, to the webview's first message, when this open created it. */
  private readonly shown = new vscode.EventEmitter<{ questionId: string; renderMs: number; webviewMs?: number }>();
  /** Fires when the webview has drawn a question (used by the tree, tests and benchmarks). */
  readonly onDidShowQuestion = this.shown.event;
  private readonly sessionChanged = new vscode.EventEmitter<DrillSession | undefined>();
  readonly onDidChangeSession = this.sessionChanged.event;
  private readonly sessionFinished = new vscode.EventEmitter<DrillSession>();
  /** Fires when a drill reaches its summary (all answered, or ended early). */
  readonly onDidFinishSession = this.sessionFinished.event;
  private readonly breakContinued = new vscode.EventEmitter<void>();
  /** Fires when the user leaves a mock interview's break screen. */
  readonly onDidContinueBreak = this.breakContinued.event;
  private breakView: { title: string; endsAt: number; upNext: string } | undefined;
  private readonly statusItem = vscode.window.createStatusBarItem('interviewPrep.drillSession', vscode.StatusBarAlignment.Left, 60);
  private statusTimer: ReturnType<typeof setInterval> | undefined;
  private openedAt = 0;
  private readyAt = 0;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly banks: BankService,
    private readonly work: WorkStore,
    private readonly attempts: AttemptRecorder,
  ) {
    this.statusItem.name = 'Interview Prep drill';
    this.statusItem.command = Commands.showDrill;
  }

  get currentQuestionId(): string | undefined {
    return this.question?.id;
  }

  get currentSession(): DrillSession | undefined {
    return this.session;
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
    if (!this.panel) this.attach(vscode.window.createWebviewPanel(Panels.drill, title, vscode.ViewColumn.Active, webviewOptions(this.context.extensionUri)));
    else this.panel.reveal();
    this.panel!.title = title;
    this.sendBreak();
  }

  private sendBreak(): void {
    if (this.breakView) this.post({ type: 'break', title: this.breakView.title, remainingMs: this.breakView.endsAt - Date.now(), upNext: this.breakView.upNext });
  }

  reveal(): void {
    this.panel?.reveal();
  }

  /** Drops the drill in progress without a summary (its answered questions stay recorded). */
  cancelSession(): void {
    this.breakView = undefined;
    this.setSession(undefined);
    if (this.view) this.sendState();
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
    this.openedAt = Date.now();
    panel.webview.options = webviewOptions(this.context.extensionUri);
    this.attach(panel);
    const saved = this.context.workspaceState.get<SavedDrill>(StateKeys.drillTimer);
    const questionId = saved?.questionId ?? state?.questionId;
    const question = questionId ? (await this.banks.index()).question(questionId) : undefined;
    if (!question) {
      panel.dispose();
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
    if (!this.panel) this.attach(vscode.window.createWebviewPanel(Panels.drill, question.title, vscode.ViewColumn.Active, webviewOptions(this.context.extensionUri)));
    else this.panel.reveal();
    await this.load(question, fresh);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    this.queue = [];
    this.panelDisposables.push(...attachPanel(panel, this.context.extensionUri, this.html(panel.webview), {
      message: (message) => this.receive(message),
      hidden: () => {
        this.ready = false;
      },
      disposed: () => this.detach(),
    }));
  }

  private detach(): void {
    for (const disposable of this.panelDisposables) disposable.dispose();
    this.panelDisposables = [];
    this.panel = undefined;
    this.question = undefined;
    this.view = undefined;
    this.updateStatus();
  }

  /** Shows a question. `fresh` starts its countdown anew unless a saved one for it exists. */
  private async load(question: Question, fresh: boolean): Promise<void> {
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
    if (this.panel) this.panel.title = question.title;
    this.view = await this.questionView(question, this.detail);
    this.sendState();
  }

  private async questionView(question: Question, detail: QuestionDetail): Promise<QuestionView> {
    const work = await this.work.get(question.id);
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
  }

  private sendAnswer(): void {
    if (this.detail) this.post({ type: 'answer', html: renderMarkdown(this.detail.answer), evaluation: this.detail.evaluation.map(renderInline) });
  }

  private receive(message: unknown): void {
    if (!isFromWebview(message)) {
      console.warn('Interview Prep: ignored a malformed message from the drill webview');
      return;
    }
    void this.handle(message).catch((error: Error) => vscode.window.showErrorMessage(`Interview Prep: ${error.message}`));
  }

  private async handle(message: FromWebview): Promise<void> {
    const question = this.question;
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        this.readyAt = Date.now();
        const queued = this.queue.splice(0);
        // A first load drains what was queued; a rebuilt webview needs the whole state again.
        if (queued.some((message) => message.type === 'question' || message.type === 'break')) for (const message of queued) void this.panel?.webview.postMessage(message);
        else if (this.breakView) this.sendBreak();
        else if (this.view) {
          if (this.view.id === question?.id) this.view = await this.questionView(question, this.detail!);
          this.sendState();
        }
        return;
      }
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
        if (question) await this.grade(question, message.score, message.grade);
        return;
      case 'session':
        await this.sessionAction(message.action);
        return;
      case 'continueBreak':
        if (!this.breakView) return;
        this.breakView = undefined;
        this.breakContinued.fire();
        return;
    }
  }

  private async grade(question: Question, score: number, grade: 'again' | 'hard' | 'good' | 'easy'): Promise<void> {
    const now = Date.now();
    const usedMs = this.countdown ? Math.max(0, this.countdown.durationMs - remaining(this.countdown, now)) : 0;
    const work = await this.work.get(question.id);
    const draft = work.star ? starText(work.star, work.draft) : work.draft;
    await this.attempts.record({
      id: newAttemptId(), kind: question.kind === 'pitch' ? 'pitch' : 'question', questionId: question.id, at: new Date(now).toISOString(),
      durationMs: usedMs, allottedMs: question.time * 1000, score, grade, hintsUsed: this.hintsUsed, outcome: 'completed',
      ...(draft.trim() ? { draft } : {}), ...(this.session ? { sessionId: this.session.id } : {}),
    });
    // The attempt keeps what was written; the next attempt starts from a blank page, notes stay.
    await this.work.update(question.id, { draft: '', star: undefined });
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
    if (this.statusTimer) clearInterval(this.statusTimer);
    this.statusTimer = undefined;
    if (!this.session || !this.panel) {
      this.statusItem.hide();
      return;
    }
    const draw = (): void => {
      const view = this.sessionView();
      if (!view) return;
      this.statusItem.text = `$(watch) ${view.position}/${view.total} · ${formatClock(view.remainingMs)} left`;
      this.statusItem.tooltip = `${view.title}: question ${view.position} of ${view.total}, ${view.answered} answered. Click to show the drill.`;
    };
    draw();
    this.statusItem.show();
    this.statusTimer = setInterval(draw, 1000);
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

  private post(message: ToWebview): void {
    if (this.ready) void this.panel?.webview.postMessage(message);
    else this.queue.push(message);
  }

  private html(webview: vscode.Webview): string {
    return webviewPage(webview, this.context.extensionUri, { title: 'Interview Prep drill', ...ASSETS, body: `
<nav id="session" class="session" hidden aria-label="Drill session">
  <span id="session-title" class="session-title"></span>
  <span id="session-progress" class="session-progress" aria-live="polite"></span>
  <span id="session-clock" class="session-clock" role="timer"></span>
  <span class="session-buttons">
    <button id="previous" type="button" class="secondary" title="Previous question (Alt+Left)">Previous</button>
    <button id="skip" type="button" class="secondary" title="Skip for now and come back later (Alt+S)">Skip</button>
    <button id="next" type="button" class="secondary" title="Next question (Alt+Right)">Next</button>
    <button id="end" type="button" class="secondary" title="End the drill now (Alt+Q)">End drill</button>
  </span>
</nav>
<main id="app" aria-busy="true">
  <header class="drill-header">
    <div>
      <h1 id="title">Loading question…</h1>
      <ul id="chips" class="chips" aria-label="Question details"></ul>
    </div>
    <section class="timer" aria-label="Countdown">
      <div id="countdown" class="countdown" role="timer" aria-live="off">--:--</div>
      <div class="timer-buttons">
        <button id="toggle" type="button" title="Pause or resume the countdown (Alt+P)">Pause</button>
        <button id="reset" type="button" class="secondary" title="Reset the countdown (Alt+R)">Reset</button>
      </div>
      <div id="announce" class="visually-hidden" aria-live="polite"></div>
    </section>
  </header>
  <article id="prompt" class="prompt markdown-body"></article>
  <section id="hints" class="hints" aria-label="Hints"></section>
  <section class="work" aria-label="Your answer">
    <label for="draft" id="draft-label">Your answer <span class="muted">(saved as you type)</span></label>
    <textarea id="draft" rows="8" spellcheck="true" placeholder="Think out loud: clarify, solve, then check and improve."></textarea>
    <div id="star" class="star" hidden>
      <label for="star-situation">Situation</label><textarea id="star-situation" rows="3" placeholder="Where and when; what was at stake."></textarea>
      <label for="star-task">Task</label><textarea id="star-task" rows="2" placeholder="What you were responsible for."></textarea>
      <label for="star-action">Action</label><textarea id="star-action" rows="4" placeholder="What you did, step by step; say I, not we."></textarea>
      <label for="star-result">Result</label><textarea id="star-result" rows="3" placeholder="The outcome, with numbers, and what you learned."></textarea>
    </div>
    <div id="saved" class="muted saved" aria-live="polite"></div>
  </section>
  <div class="actions">
    <button id="hint" type="button" class="secondary" title="Reveal the next hint (Alt+H)">Show hint</button>
    <button id="reveal" type="button" title="Reveal the model answer (Alt+A)">Reveal answer</button>
    <button id="scaffold" type="button" class="secondary" hidden title="Scaffold this exercise into the workspace (Alt+E)">Scaffold exercise</button>
  </div>
  <article id="answer" class="answer markdown-body" hidden tabindex="-1" aria-label="Model answer"></article>
  <section id="assess" class="assess" hidden aria-label="Self-assessment">
    <fieldset id="checklist-box" hidden>
      <legend>Evaluation points you covered</legend>
      <ul id="checklist" class="checklist"></ul>
    </fieldset>
    <div class="score-row">
      <label for="score">Score <output id="score-value" for="score">7</output>/10</label>
      <input id="score" type="range" min="0" max="10" step="1" value="7" aria-describedby="score-bands">
      <span id="score-bands" class="muted">8.5+ excellent · 7+ good · 5.5+ developing</span>
    </div>
    <div class="grades" role="group" aria-label="How well did you recall it? Saving records the attempt.">
      <button type="button" class="grade" data-grade="again" title="Save: I could not answer (Alt+1)">Again</button>
      <button type="button" class="grade" data-grade="hard" title="Save: answered with difficulty (Alt+2)">Hard</button>
      <button type="button" class="grade" data-grade="good" title="Save: answered well (Alt+3)">Good</button>
      <button type="button" class="grade" data-grade="easy" title="Save: answered easily (Alt+4)">Easy</button>
    </div>
  </section>
  <details id="notes-box" class="notes">
    <summary>My notes on this question</summary>
    <textarea id="notes" rows="4" aria-label="My notes on this question" placeholder="Kept with your progress and shown next time."></textarea>
  </details>
</main>
<section id="summary" class="summary" hidden tabindex="-1" aria-label="Drill summary"></section>
<section id="break" class="break" hidden tabindex="-1" aria-label="Break">
  <h1 id="break-title">Break</h1>
  <div id="break-clock" class="countdown" role="timer" aria-live="off"></div>
  <p id="break-next" class="muted"></p>
  <button id="continue" type="button" title="Start the next section (Alt+C)">Start next section</button>
</section>
` });
  }

  dispose(): void {
    if (this.statusTimer) clearInterval(this.statusTimer);
    this.panel?.dispose();
    this.detach();
    this.shown.dispose();
    this.sessionChanged.dispose();
    this.sessionFinished.dispose();
    this.breakContinued.dispose();
    this.statusItem.dispose();
  }
}

function renderInline(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>\n?$/, '$1');
}

function starText(star: { situation: string; task: string; action: string; result: string }, draft: string): string {
  const parts = [['Situation', star.situation], ['Task', star.task], ['Action', star.action], ['Result', star.result]].filter(([, text]) => text.trim());
  return [...parts.map(([label, text]) => `${label}: ${text}`), draft].filter((text) => text.trim()).join('\n\n');
}
