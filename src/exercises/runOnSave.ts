// With `interviewPrep.runTestsOnSave`, saving a file of a scaffolded exercise runs its tests (unless
// they are running already).
import * as vscode from 'vscode';
import { setting } from '../config/config';
import { Disposable } from '../common/disposable';
import { findMarkerFolder } from './marker';
import { languageOfFile } from './testCommand';
import type { ExerciseTestRunner } from './testRunner';

export class RunOnSave extends Disposable {
  constructor(private readonly runner: ExerciseTestRunner) {
    super();
    this.register(vscode.workspace.onDidSaveTextDocument((document) => void this.saved(document)));
  }

  private async saved(document: vscode.TextDocument): Promise<void> {
    if (document.uri.scheme !== 'file' || !setting('runTestsOnSave')) return;
    const folder = await findMarkerFolder(document.uri.fsPath);
    if (!folder || this.runner.isRunning(folder)) return;
    await this.runner.runTests(folder, languageOfFile(document.uri.fsPath));
  }
}
