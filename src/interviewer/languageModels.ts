// The user's language models, through VS Code's Language Model API: which one the settings pick,
// whether one is present (a context key, re-checked when models or settings change), and one request
// at a time, streamed, cancellable and timed out. Only this file talks to `vscode.lm`. Requests are
// made only when the user asks (a button or a command): the first one may show VS Code's consent
// dialog, with the justification below.
import * as vscode from 'vscode';
import { Disposable } from '../common/disposable';
import { affects, setting } from '../config/config';
import { ContextKeys } from '../ids';
import { describeFailure, type Failure } from './failures';
import { MAX_REPLY_CHARS } from './reply';

/** A request that has not finished streaming by then is cancelled. */
export const REQUEST_TIMEOUT_MS = 120_000;
const JUSTIFICATION =
  'Interview Prep sends the question, its evaluation points and model answer, and your answer, to grade the answer, ask a follow-up question or explain the model answer; or an exercise and your solution file, to review your solution.';

export type ModelStatus = { available: true; model: string } | { available: false; reason: string };

export type ModelAnswer =
  { ok: true; text: string; model: string; firstChunkMs: number | undefined; totalMs: number } | { ok: false; cancelled: boolean; message: string };

/** How a model is named wherever its output is shown, and in the attempt it graded. */
export function modelLabel(model: Pick<vscode.LanguageModelChat, 'name' | 'vendor' | 'id'>): string {
  return `${model.name} (${model.vendor}/${model.id})`;
}

export class LanguageModels extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<ModelStatus>());
  /** Fires with the new status after models or the settings changed (once a status was asked for). */
  readonly onDidChangeStatus = this.changed.event;
  private checked: Promise<ModelStatus> | undefined;

  constructor() {
    super();
    this.register(vscode.lm.onDidChangeChatModels(() => this.recheck()));
    this.register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affects(event, 'aiInterviewer', 'languageModelVendor', 'languageModelFamily')) this.recheck();
      }),
    );
  }

  /** Whether a model is there to ask. Looked up the first time it is needed, not at activation. */
  status(): Promise<ModelStatus> {
    this.checked ??= this.check();
    return this.checked;
  }

  private recheck(): void {
    if (!this.checked) return;
    this.checked = this.check();
    void this.checked.then((status) => this.changed.fire(status));
  }

  private async check(): Promise<ModelStatus> {
    let status: ModelStatus;
    try {
      if (!setting('aiInterviewer')) status = { available: false, reason: describeFailure({ kind: 'disabled' }) };
      else {
        const model = await this.pick();
        status = model ? { available: true, model: modelLabel(model) } : { available: false, reason: describeFailure(this.noModel()) };
      }
    } catch (error) {
      status = { available: false, reason: `Language models could not be listed: ${(error as Error).message}` };
    }
    await vscode.commands.executeCommand('setContext', ContextKeys.languageModelAvailable, status.available);
    return status;
  }

  private selector(): vscode.LanguageModelChatSelector {
    const vendor = setting('languageModelVendor').trim();
    const family = setting('languageModelFamily').trim();
    return { ...(vendor ? { vendor } : {}), ...(family ? { family } : {}) };
  }

  private noModel(): Failure {
    return { kind: 'noModel', vendor: setting('languageModelVendor').trim(), family: setting('languageModelFamily').trim() };
  }

  private async pick(): Promise<vscode.LanguageModelChat | undefined> {
    const [model] = await vscode.lm.selectChatModels(this.selector());
    return model;
  }

  /** Lets the user pick among the models present; the choice goes to the vendor and family settings. */
  async choose(): Promise<void> {
    const models = await vscode.lm.selectChatModels();
    if (models.length === 0) {
      void vscode.window.showInformationMessage(`Interview Prep: ${describeFailure({ kind: 'noModel', vendor: '', family: '' })}`);
      return;
    }
    const current = this.selector();
    type Item = vscode.QuickPickItem & { vendor: string; family: string };
    const items: Item[] = [
      { label: 'Any model', description: 'the first one VS Code offers', vendor: '', family: '', picked: !current.vendor && !current.family },
      ...models.map((model) => ({
        label: model.name,
        description: `${model.vendor} · ${model.family}`,
        detail: `up to ${model.maxInputTokens.toLocaleString('en')} input tokens`,
        vendor: model.vendor,
        family: model.family,
        picked: model.vendor === current.vendor && model.family === current.family,
      })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Language model for the interviewer',
      placeHolder: 'Grading and follow-up questions use this model',
      ignoreFocusOut: true,
    });
    if (!picked) return;
    const config = vscode.workspace.getConfiguration('interviewPrep');
    await config.update('languageModelVendor', picked.vendor, vscode.ConfigurationTarget.Global);
    await config.update('languageModelFamily', picked.family, vscode.ConfigurationTarget.Global);
  }

  /**
   * Sends `prompt` as one user message and reads the whole reply. `onText` hears how much has arrived,
   * and each piece as it comes (for a reply streamed into view). Never throws: a failure comes back as a
   * message to show.
   */
  async ask(prompt: string, token: vscode.CancellationToken, onText?: (received: number, chunk: string) => void): Promise<ModelAnswer> {
    const failed = (failure: Failure): ModelAnswer => ({ ok: false, cancelled: false, message: describeFailure(failure) });
    const cancelled: ModelAnswer = { ok: false, cancelled: true, message: 'Cancelled. Nothing was recorded.' };
    if (!setting('aiInterviewer')) return failed({ kind: 'disabled' });
    let model: vscode.LanguageModelChat | undefined;
    try {
      model = await this.pick();
    } catch (error) {
      return failed({ kind: 'error', model: 'The language model', message: (error as Error).message });
    }
    if (!model) return failed(this.noModel());
    const label = modelLabel(model);
    // A rough count (about three characters a token, on the safe side) instead of a round trip.
    if (prompt.length / 3 > model.maxInputTokens) return failed({ kind: 'promptTooLong', model: label });
    if (token.isCancellationRequested) return cancelled;

    const source = new vscode.CancellationTokenSource();
    const link = token.onCancellationRequested(() => source.cancel());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      source.cancel();
    }, REQUEST_TIMEOUT_MS);
    const stopped = new Promise<'stopped'>((resolve) => source.token.onCancellationRequested(() => resolve('stopped')));
    const started = Date.now();
    try {
      const response = await model.sendRequest([vscode.LanguageModelChatMessage.User(prompt)], { justification: JUSTIFICATION }, source.token);
      const chunks = response.text[Symbol.asyncIterator]();
      let text = '';
      let firstChunkMs: number | undefined;
      for (;;) {
        // A stream that stalls must not outlive a cancel: race each chunk against it.
        const next = await Promise.race([chunks.next(), stopped]);
        if (next === 'stopped') {
          void chunks.return?.();
          break;
        }
        if (next.done) break;
        firstChunkMs ??= Date.now() - started;
        text += next.value;
        onText?.(text.length, next.value);
        if (text.length > MAX_REPLY_CHARS) {
          source.cancel();
          return failed({ kind: 'tooLong', chars: MAX_REPLY_CHARS });
        }
      }
      if (token.isCancellationRequested) return cancelled;
      if (timedOut) return failed({ kind: 'timeout', seconds: REQUEST_TIMEOUT_MS / 1000 });
      return { ok: true, text, model: label, firstChunkMs, totalMs: Date.now() - started };
    } catch (error) {
      if (token.isCancellationRequested) return cancelled;
      if (timedOut) return failed({ kind: 'timeout', seconds: REQUEST_TIMEOUT_MS / 1000 });
      const code = error instanceof vscode.LanguageModelError ? error.code : undefined;
      return failed({ kind: 'error', model: label, ...(code ? { code } : {}), message: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
      link.dispose();
      source.dispose();
    }
  }
}
