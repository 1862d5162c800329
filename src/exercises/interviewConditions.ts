// Interview conditions: while a timed exercise is being solved, completions and inline suggestions
// are off in the exercise's files, as in a real interview, and on everywhere else.
//
// VS Code settings cannot target a sub-folder of a workspace folder, so the quiet values are written
// to the workspace folder while an editor on one of the exercise's files is active, and the user's
// own values are put back as soon as an editor on any other file becomes active, and when the
// exercise ends. The user's values are saved before anything changes, and a start-up after a crash
// or a closed window puts them back (see timedExercise.ts).
import * as vscode from 'vscode';
import { setting } from '../config/config';
import { Disposable } from '../common/disposable';
import { StateKeys } from '../ids';
import { isInside } from '../bank/bankPaths';

const QUIET: Record<string, unknown> = {
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.inlineSuggest.enabled': false,
  'editor.parameterHints.enabled': false,
  'editor.wordBasedSuggestions': 'off',
};

interface Saved {
  /** The workspace folder whose settings change. */
  folder: string;
  /** The exercise folder (a file path) the quiet values are for. */
  exercise: string;
  /** The workspace-folder values before we changed them (`null` for "not set"). */
  values: Record<string, unknown>;
  /** Whether the quiet values are in the settings right now. */
  applied: boolean;
}

export class InterviewConditions extends Disposable {
  /** Setting changes run one after another, so a quick switch of editors cannot interleave them. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly state: vscode.Memento) {
    super();
    this.register(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.active) void this.follow(editor.document.uri);
      }),
    );
  }

  get active(): boolean {
    return this.state.get<Saved>(StateKeys.interviewConditions) !== undefined;
  }

  /** Whether completions are off right now (an editor on the exercise's files is active). */
  get applied(): boolean {
    return this.state.get<Saved>(StateKeys.interviewConditions)?.applied === true;
  }

  enter(exerciseFolder: string): Promise<void> {
    return this.serial(async () => {
      if (!setting('interviewConditions')) return;
      const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(exerciseFolder));
      if (!folder || this.active) return;
      const config = vscode.workspace.getConfiguration(undefined, folder.uri);
      const values: Record<string, unknown> = {};
      for (const key of Object.keys(QUIET)) values[key] = config.inspect(key)?.workspaceFolderValue ?? null;
      // Save before changing anything, so a crash in between can still be undone.
      await this.save({ folder: folder.uri.toString(), exercise: exerciseFolder, values, applied: false });
      const editor = vscode.window.activeTextEditor;
      // Scaffolding opens the stub, so the exercise's file is normally the active editor by now.
      if (!editor || this.inExercise(editor.document.uri)) await this.apply(true);
    });
  }

  /** Puts the user's values back and ends the conditions. Safe to call when nothing was changed. */
  leave(): Promise<void> {
    return this.serial(async () => {
      if (!this.active) return;
      await this.apply(false);
      await this.state.update(StateKeys.interviewConditions, undefined);
    });
  }

  private follow(uri: vscode.Uri): Promise<void> {
    return this.serial(async () => {
      if (uri.scheme !== 'file' && uri.scheme !== 'untitled') return; // output, settings UI and the like
      await this.apply(this.inExercise(uri));
    });
  }

  private inExercise(uri: vscode.Uri): boolean {
    const saved = this.state.get<Saved>(StateKeys.interviewConditions);
    return saved !== undefined && uri.scheme === 'file' && isInside(saved.exercise, uri.fsPath);
  }

  /** Writes the quiet values (`quiet`) or the user's own ones, when they are not there already. */
  private async apply(quiet: boolean): Promise<void> {
    const saved = this.state.get<Saved>(StateKeys.interviewConditions);
    if (!saved || saved.applied === quiet) return;
    const uri = vscode.Uri.parse(saved.folder);
    if (vscode.workspace.getWorkspaceFolder(uri)) {
      const config = vscode.workspace.getConfiguration(undefined, uri);
      const values = quiet ? QUIET : saved.values;
      for (const [key, value] of Object.entries(values))
        await config.update(key, value === null ? undefined : value, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await this.save({ ...saved, applied: quiet });
  }

  private save(saved: Saved): Thenable<void> {
    return this.state.update(StateKeys.interviewConditions, saved);
  }

  private serial(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
