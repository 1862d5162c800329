import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InterviewPrepApi } from '../../src/extension';
import { InterviewConditions } from '../../src/exercises/interviewConditions';
import { activateExtension, workspaceRoot } from './helpers';

describe('Interview conditions', () => {
  let api: InterviewPrepApi;
  before(async () => {
    api = await activateExtension();
  });

  it('turns completions off in the exercise\'s folder and restores the user\'s own values exactly', async () => {
    const folderUri = vscode.Uri.file(workspaceRoot());
    const config = () => vscode.workspace.getConfiguration(undefined, folderUri);
    await config().update('editor.parameterHints.enabled', true, vscode.ConfigurationTarget.WorkspaceFolder);
    const memento = new Map<string, unknown>();
    const conditions = new InterviewConditions({ get: (key: string) => memento.get(key), update: async (key: string, value: unknown) => void memento.set(key, value), keys: () => [...memento.keys()] } as unknown as vscode.Memento);
    await conditions.enter(path.join(workspaceRoot(), 'interview-exercises', 'reverse-string'));
    assert.equal(conditions.active, true);
    assert.equal(config().inspect('editor.inlineSuggest.enabled')?.workspaceFolderValue, false);
    assert.equal(config().inspect('editor.parameterHints.enabled')?.workspaceFolderValue, false);
    await conditions.leave();
    assert.equal(conditions.active, false);
    assert.equal(config().inspect('editor.inlineSuggest.enabled')?.workspaceFolderValue, undefined, 'a value the user never set is removed again');
    assert.equal(config().inspect('editor.parameterHints.enabled')?.workspaceFolderValue, true, 'the user\'s own value comes back');
    await config().update('editor.parameterHints.enabled', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    assert.ok(api);
  });
});
