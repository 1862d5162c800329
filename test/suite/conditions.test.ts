import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { InterviewConditions } from '../../src/exercises/interviewConditions';
import { activateExtension, waitFor, workspaceRoot } from './helpers';

describe('Interview conditions', () => {
  before(async () => {
    await activateExtension();
  });

  it("turns completions off only while an exercise file is active, and restores the user's own values exactly", async () => {
    const folderUri = vscode.Uri.file(workspaceRoot());
    const config = () => vscode.workspace.getConfiguration(undefined, folderUri);
    const folderValue = (key: string) => config().inspect(key)?.workspaceFolderValue;
    await config().update('editor.parameterHints.enabled', true, vscode.ConfigurationTarget.WorkspaceFolder);
    const exercise = path.join(workspaceRoot(), 'interview-exercises', 'conditions-check');
    mkdirSync(exercise, { recursive: true });
    const solution = path.join(exercise, 'solution.py');
    writeFileSync(solution, 'def solve():\n    pass\n');
    const elsewhere = path.join(workspaceRoot(), 'README.md');

    const memento = new Map<string, unknown>();
    const conditions = new InterviewConditions({
      get: (key: string) => memento.get(key),
      update: async (key: string, value: unknown) => void memento.set(key, value),
      keys: () => [...memento.keys()],
    } as unknown as vscode.Memento);
    try {
      await vscode.window.showTextDocument(vscode.Uri.file(solution));
      await conditions.enter(exercise);
      assert.equal(conditions.active, true);
      assert.equal(folderValue('editor.inlineSuggest.enabled'), false);
      assert.equal(folderValue('editor.parameterHints.enabled'), false);

      // Another file of the workspace: the user's own values, while the exercise is still on.
      await vscode.window.showTextDocument(vscode.Uri.file(elsewhere));
      await waitFor('completions back on outside the exercise', () => (conditions.applied ? undefined : true));
      assert.equal(conditions.active, true);
      assert.equal(folderValue('editor.inlineSuggest.enabled'), undefined);
      assert.equal(folderValue('editor.parameterHints.enabled'), true);

      // Back in the exercise: off again.
      await vscode.window.showTextDocument(vscode.Uri.file(solution));
      await waitFor('completions off again in the exercise', () => (conditions.applied ? true : undefined));
      assert.equal(folderValue('editor.inlineSuggest.enabled'), false);

      await conditions.leave();
      assert.equal(conditions.active, false);
      assert.equal(folderValue('editor.inlineSuggest.enabled'), undefined, 'a value the user never set is removed again');
      assert.equal(folderValue('editor.parameterHints.enabled'), true, "the user's own value comes back");

      // Once ended, switching editors changes nothing.
      await vscode.window.showTextDocument(vscode.Uri.file(elsewhere));
      await vscode.window.showTextDocument(vscode.Uri.file(solution));
      assert.equal(folderValue('editor.inlineSuggest.enabled'), undefined);
    } finally {
      conditions.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await config().update('editor.parameterHints.enabled', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });
});
