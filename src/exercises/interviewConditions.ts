// Interview conditions: while a timed exercise is being solved, completions and inline suggestions
// are turned off in the workspace folder that holds it, as in a real interview. The user's own
// values are saved first and put back exactly afterwards, also after a crash (checked at start-up).
import * as vscode from 'vscode';
import { Settings, StateKeys } from '../ids';

const QUIET: Record<string, unknown> = {
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.inlineSuggest.enabled': false,
  'editor.parameterHints.enabled': false,
  'editor.wordBasedSuggestions': 'off',
};

interface Saved {
  folder: string;
  /** The workspace-folder values before we changed them (`null` for "not set"). */
  values: Record<string, unknown>;
}

export class InterviewConditions {
  constructor(private readonly state: vscode.Memento) {}

  get active(): boolean {
    return this.state.get<Saved>(StateKeys.interviewConditions) !== undefined;
  }

  async enter(exerciseFolder: string): Promise<void> {
    if (!vscode.workspace.getConfiguration(Settings.section).get<boolean>(Settings.interviewConditions, true)) return;
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(exerciseFolder));
    if (!folder || this.active) return;
    const config = vscode.workspace.getConfiguration(undefined, folder.uri);
    const values: Record<string, unknown> = {};
    for (const key of Object.keys(QUIET)) values[key] = config.inspect(key)?.workspaceFolderValue ?? null;
    // Save before changing anything, so a crash in between can still be undone.
    await this.state.update(StateKeys.interviewConditions, { folder: folder.uri.toString(), values } satisfies Saved);
    for (const [key, value] of Object.entries(QUIET)) await config.update(key, value, vscode.ConfigurationTarget.WorkspaceFolder);
  }

  /** Puts the user's values back. Safe to call when nothing was changed. */
  async leave(): Promise<void> {
    const saved = this.state.get<Saved>(StateKeys.interviewConditions);
    if (!saved) return;
    const uri = vscode.Uri.parse(saved.folder);
    if (vscode.workspace.getWorkspaceFolder(uri)) {
      const config = vscode.workspace.getConfiguration(undefined, uri);
      for (const [key, value] of Object.entries(saved.values)) await config.update(key, value === null ? undefined : value, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await this.state.update(StateKeys.interviewConditions, undefined);
  }
}
