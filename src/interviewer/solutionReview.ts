// "Review My Solution": once an exercise's tests pass, the model reviews the candidate's own solution
// file as an interviewer would, streamed into a read-only markdown document shown in VS Code's preview
// beside the code. Nothing is sent until the user asks (the command, or the button on the passing-tests
// notification); what is sent is the exercise's prompt and the solution file, never the reference.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Language } from '../bank/model';
import { Disposable } from '../common/disposable';
import { exerciseDetail } from '../exercises/scaffoldFiles';
import type { PickPurpose, ScaffoldedExercise } from '../exercises/exercisePicks';
import { hasPassed } from '../exercises/reSolve';
import { solutionFile } from '../exercises/testCommand';
import { Commands, Schemes } from '../ids';
import type { Attempt } from '../progress/model';
import type { BankService } from '../workspaceBanks/bankService';
import type { LanguageModels } from './languageModels';
import { buildReviewPrompt, reviewInput } from './prompt';
import { reviewMarkdown, type ReviewDocument } from './reviewText';

/** What the review needs from the exercises: which one is meant, and whether it passed. */
export interface ReviewedExercises {
  scaffolded(arg?: unknown, language?: Language, purpose?: PickPurpose): Promise<ScaffoldedExercise | undefined>;
  practice(): Promise<readonly Attempt[]>;
}

/** How a review went, for tests. */
export interface ReviewOutcome {
  exercise: string;
  ok: boolean;
  message?: string;
  firstChunkMs?: number;
}

/** The preview is redrawn at most this often while the reply streams in. */
const REDRAW_EVERY_MS = 150;
export const REVIEW_BUTTON = 'Review My Solution';
const TO_REVIEW: PickPurpose = { reason: 'to have your solution reviewed', title: 'Review your solution to which exercise?' };

export class SolutionReview extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly changed = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changed.event;
  private readonly reviewed = this.register(new vscode.EventEmitter<ReviewOutcome>());
  /** Fires when a review ends, well or not. */
  readonly onDidReview = this.reviewed.event;
  private readonly documents = new Map<string, ReviewDocument>();
  private asking: vscode.CancellationTokenSource | undefined;

  constructor(
    private readonly banks: BankService,
    private readonly exercises: ReviewedExercises,
    private readonly models: LanguageModels,
  ) {
    super();
    this.register(vscode.workspace.registerTextDocumentContentProvider(Schemes.review, this));
    this.register({ dispose: () => this.asking?.cancel() });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const review = this.documents.get(uri.toString());
    return review ? reviewMarkdown(review) : '# No review\n\nThis review is gone (VS Code was reloaded). Run "Interview Prep: Review My Solution" again.\n';
  }

  /** The passing-tests notification's button, when a model is there to ask (nothing is sent to find out). */
  async offer(): Promise<string | undefined> {
    return (await this.models.status()).available ? REVIEW_BUTTON : undefined;
  }

  /** Reviews the scaffolded exercise `arg` names (a folder, a file, an id), or the active editor's. */
  async review(arg?: unknown, language?: Language): Promise<void> {
    const located = await this.exercises.scaffolded(arg, language, TO_REVIEW);
    if (!located) return;
    const { exercise: id, folder } = located;
    const index = await this.banks.index();
    const exercise = index.exercise(id);
    if (!exercise) {
      void vscode.window.showErrorMessage(`Interview Prep: no exercise "${id}" is loaded, so there is no prompt to review against.`);
      return;
    }
    if (!hasPassed(await this.exercises.practice(), id)) {
      const run = 'Run Exercise Tests';
      const choice = await vscode.window.showInformationMessage(`Interview Prep: pass the tests for "${id}" first; the review comes after a passing run.`, run);
      if (choice === run) await vscode.commands.executeCommand(Commands.runExerciseTests, folder);
      return;
    }
    const fileName = solutionFile(located.language);
    const file = vscode.Uri.file(path.join(folder, fileName));
    let solution: string;
    try {
      // The open editor's text, unsaved changes included: what the user sees is what is reviewed.
      solution = (await vscode.workspace.openTextDocument(file)).getText();
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Prep: could not read ${file.fsPath}: ${(error as Error).message}`);
      return;
    }
    const title = index.question(id)?.title ?? id;
    const built = buildReviewPrompt(reviewInput(title, await exerciseDetail(exercise), located.language, fileName, solution));
    if (!built.ok) {
      void vscode.window.showErrorMessage(`Interview Prep: ${built.error}`);
      return;
    }
    const status = await this.models.status();
    if (!status.available) {
      void vscode.window.showErrorMessage(`Interview Prep: ${status.reason}`);
      return;
    }

    this.asking?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.asking = source;
    const uri = vscode.Uri.from({ scheme: Schemes.review, path: `/${id}/${located.language}/review.md` });
    const doc: ReviewDocument = { title, fileName, model: status.model, state: 'streaming', text: '' };
    this.documents.set(uri.toString(), doc);
    this.changed.fire(uri);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);

    let drawnAt = 0;
    const answer = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Interview Prep: ${status.model} is reviewing ${fileName}`, cancellable: true },
      (progress, token) => {
        const link = token.onCancellationRequested(() => source.cancel());
        progress.report({ message: 'waiting for the first words…' });
        return this.models
          .ask(built.prompt, source.token, (received, chunk) => {
            doc.text += chunk;
            const now = Date.now();
            if (now - drawnAt < REDRAW_EVERY_MS) return;
            drawnAt = now;
            progress.report({ message: `${received.toLocaleString('en')} characters received` });
            this.changed.fire(uri);
          })
          .finally(() => link.dispose());
      },
    );
    if (this.asking === source) this.asking = undefined;
    source.dispose();
    if (answer.ok) {
      Object.assign(doc, { state: 'done', text: answer.text, model: answer.model });
      if (answer.text.trim() === '') Object.assign(doc, { state: 'failed', message: `${answer.model} sent an empty reply. Try again.` });
    } else {
      Object.assign(doc, { state: answer.cancelled ? 'cancelled' : 'failed', message: answer.message });
      if (!answer.cancelled) void vscode.window.showErrorMessage(`Interview Prep: ${answer.message}`);
    }
    this.changed.fire(uri);
    this.reviewed.fire({
      exercise: id,
      ok: doc.state === 'done',
      ...(doc.message ? { message: doc.message } : {}),
      ...(answer.ok && answer.firstChunkMs !== undefined ? { firstChunkMs: answer.firstChunkMs } : {}),
    });
  }
}
