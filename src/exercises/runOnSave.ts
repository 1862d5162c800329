// Saving a file of a scaffolded exercise runs its tests (unless they are running already): always
// with `interviewPrep.runTestsOnSave`, and for the exercises under a continuous run in the Testing
// view while it lasts.
import * as vscode from 'vscode';
import { setting } from '../config/config';
import type { Language } from '../bank/model';
import { Disposable } from '../common/disposable';
import { findMarkerFolder } from './marker';
import { languageOfFile } from './testCommand';
import type { ExerciseTestRunner } from './testRunner';

export class RunOnSave extends Disposable {
  /** Folders under a continuous run, with the languages watched and how many runs watch each. */
  private readonly continuous = new Map<string, Map<Language, number>>();

  constructor(private readonly runner: ExerciseTestRunner) {
    super();
    this.register(vscode.workspace.onDidSaveTextDocument((document) => void this.saved(document)));
  }

  /** Runs the exercise's tests in `language` on each save in `folder` until `token` is cancelled. */
  watch(folder: string, language: Language, token: vscode.CancellationToken): void {
    const languages = this.continuous.get(folder) ?? new Map<Language, number>();
    languages.set(language, (languages.get(language) ?? 0) + 1);
    this.continuous.set(folder, languages);
    const stop = token.onCancellationRequested(() => {
      stop.dispose();
      const count = (languages.get(language) ?? 1) - 1;
      if (count > 0) languages.set(language, count);
      else languages.delete(language);
      if (languages.size === 0) this.continuous.delete(folder);
    });
  }

  private async saved(document: vscode.TextDocument): Promise<void> {
    if (document.uri.scheme !== 'file') return;
    const folder = await findMarkerFolder(document.uri.fsPath);
    if (!folder || this.runner.isRunning(folder)) return;
    const fileLanguage = languageOfFile(document.uri.fsPath);
    const watched = [...(this.continuous.get(folder)?.keys() ?? [])];
    if (setting('runTestsOnSave')) {
      await this.runner.runTests(folder, fileLanguage);
      return;
    }
    // A continuous run: the saved file's language if it is watched, else every watched language.
    const languages = fileLanguage && watched.includes(fileLanguage) ? [fileLanguage] : fileLanguage ? [] : watched;
    for (const language of languages) await this.runner.runTests(folder, language);
  }
}
