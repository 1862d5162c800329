// CodeLens above a scaffolded exercise's solution file: run its tests, or reset it to the stub.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../ids';
import { MARKER_FILE } from './marker';

export class ExerciseCodeLens implements vscode.CodeLensProvider {
  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const name = path.basename(document.uri.fsPath);
    if (!/^solution\.(py|ts)$/.test(name)) return [];
    const folder = path.dirname(document.uri.fsPath);
    try {
      await vscode.workspace.fs.stat(vscode.Uri.file(path.join(folder, MARKER_FILE)));
    } catch {
      return [];
    }
    const top = new vscode.Range(0, 0, 0, 0);
    return [
      new vscode.CodeLens(top, { title: '$(beaker) Run Exercise Tests', command: Commands.runExerciseTests, arguments: [document.uri] }),
      new vscode.CodeLens(top, { title: 'Reset Exercise…', command: Commands.resetExercise, arguments: [document.uri] }),
    ];
  }
}
