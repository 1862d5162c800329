// The drill panel's host side: one webview showing a question with its countdown.
// The countdown lives here as an absolute end time; the webview only draws it.
import { randomBytes } from 'node:crypto';
import { marked } from 'marked';
import * as vscode from 'vscode';
import { loadDetail, type QuestionDetail } from '../bank/detail';
import type { Question } from '../bank/model';
import type { BankService } from '../banks';
import { Commands, Panels, StateKeys } from '../ids';
import { createCountdown, isCountdown, isRunning, pause, remaining, reset, start, type Countdown } from './countdown';
import { isFromWebview, type FromWebview, type QuestionView, type ToWebview } from './messages';

interface SavedTimer {
  questionId: string;
  countdown: Countdown;
}

/** What the webview keeps with `setState`, so the serializer can restore the panel after a reload. */
interface PanelState {
  questionId?: string;
}

export class DrillPanelController implements vscode.Disposable, vscode.WebviewPanelSerializer<PanelState> {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private question: Question | undefined;
  private detail: QuestionDetail | undefined;
  private countdown: Countdown | undefined;
  private ready = false;
  private queue: ToWebview[] = [];
  private readonly shown = new vscode.EventEmitter<{ questionId: string; renderMs: number }>();
  /** Fires when the webview has drawn a question (used by tests and benchmarks). */
  readonly onDidShowQuestion = this.shown.event;
  private openedAt = 0;

  constructor(private readonly context: vscode.ExtensionContext, private readonly banks: BankService) {}

  get currentQuestionId(): string | undefined {
    return this.question?.id;
  }

  async open(questionId: string): Promise<void> {
    const question = (await this.banks.index()).question(questionId);
    if (!question) {
      void vscode.window.showErrorMessage(`Interview Prep: no question with id "${questionId}" is loaded.`);
      return;
    }
    this.openedAt = Date.now();
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(Panels.drill, question.title, vscode.ViewColumn.Active, this.webviewOptions());
      this.attach(panel);
    } else {
      this.panel.reveal();
    }
    await this.load(question);
  }

  /** Restores a panel VS Code kept across a reload. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
    this.openedAt = Date.now();
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
    const question = state?.questionId ? (await this.banks.index()).question(state.questionId) : undefined;
    if (question) await this.load(question);
    else panel.dispose();
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    this.queue = [];
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.svg');
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidDispose(() => this.detach()),
      panel.onDidChangeViewState(() => {
        // A webview that was hidden may have been torn down and rebuilt: it sends `ready` again.
        if (panel.visible) this.sendTimer();
      }),
    );
  }

  private detach(): void {
    for (const disposable of this.panelDisposables) disposable.dispose();
    this.panelDisposables = [];
    this.panel = undefined;
    this.question = undefined;
  }

  private async load(question: Question): Promise<void> {
    this.question = question;
    this.detail = await loadDetail(question);
    const saved = this.context.workspaceState.get<SavedTimer>(StateKeys.drillTimer);
    if (saved && saved.questionId === question.id && isCountdown(saved.countdown) && saved.countdown.durationMs === question.time * 1000) {
      this.countdown = saved.countdown;
    } else {
      this.countdown = start(createCountdown(question.time * 1000), Date.now());
      this.saveTimer();
    }
    if (this.panel) this.panel.title = question.title;
    const view: QuestionView = {
      id: question.id,
      title: question.title,
      roles: question.roles,
      topic: question.topic,
      kind: question.kind,
      difficulty: question.difficulty,
      time: question.time,
      promptHtml: render(this.detail.prompt),
      hintCount: this.detail.hints.length,
      exercise: question.exercise,
    };
    this.post({ type: 'question', question: view });
    this.sendTimer();
  }

  private receive(message: unknown): void {
    if (!isFromWebview(message)) {
      console.warn('Interview Prep: ignored a malformed message from the drill webview');
      return;
    }
    this.handle(message);
  }

  private handle(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        for (const queued of this.queue.splice(0)) void this.panel?.webview.postMessage(queued);
        if (this.question) this.shown.fire({ questionId: this.question.id, renderMs: Date.now() - this.openedAt });
        return;
      case 'timer':
        if (!this.countdown) return;
        if (message.action === 'start') this.countdown = start(this.countdown, Date.now());
        else if (message.action === 'pause') this.countdown = pause(this.countdown, Date.now());
        else this.countdown = reset(this.countdown);
        this.saveTimer();
        this.sendTimer();
        return;
      case 'revealAnswer':
        if (this.detail) this.post({ type: 'answer', html: render(this.detail.answer) });
        return;
      case 'revealHint': {
        const hint = this.detail?.hints[message.index];
        if (hint !== undefined) this.post({ type: 'hint', index: message.index, html: render(hint) });
        return;
      }
      case 'scaffold':
        if (this.question?.exercise) void vscode.commands.executeCommand(Commands.scaffoldExercise, this.question.exercise);
        return;
    }
  }

  /** The timer's state as the webview needs it: time left now, so clocks need not agree. */
  private sendTimer(): void {
    if (!this.countdown) return;
    this.post({ type: 'timer', timer: { durationMs: this.countdown.durationMs, remainingMs: remaining(this.countdown, Date.now()), running: isRunning(this.countdown) } });
  }

  private saveTimer(): void {
    if (this.question && this.countdown) {
      void this.context.workspaceState.update(StateKeys.drillTimer, { questionId: this.question.id, countdown: this.countdown } satisfies SavedTimer);
    }
  }

  private post(message: ToWebview): void {
    if (this.ready) void this.panel?.webview.postMessage(message);
    else this.queue.push(message);
  }

  private html(webview: vscode.Webview): string {
    const nonce = makeNonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview', 'drill.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'drill.css'));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Interview Prep drill</title>
</head>
<body>
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
  <div class="actions">
    <button id="hint" type="button" class="secondary" title="Reveal the next hint (Alt+H)">Show hint</button>
    <button id="reveal" type="button" title="Reveal the model answer (Alt+A)">Reveal answer</button>
    <button id="scaffold" type="button" class="secondary" hidden title="Scaffold this exercise into the workspace (Alt+E)">Scaffold exercise</button>
  </div>
  <article id="answer" class="answer markdown-body" hidden aria-label="Model answer"></article>
</main>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    this.detach();
    this.shown.dispose();
  }
}

function render(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

function makeNonce(): string {
  return randomBytes(18).toString('base64');
}
