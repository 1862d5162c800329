// Which exercise, language and folder a command means: from its argument (an id, a question node,
// a folder, a file), the active editor, or a quick pick. The last language used is remembered.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { setting } from '../config/config';
import type { BankIndex } from '../bank/bankIndex';
import type { Exercise, Language, Question } from '../bank/model';
import { StateKeys } from '../ids';
import { findMarkerFolder, readMarker } from './marker';
import { exerciseTarget } from './plan';
import { languageOfFile } from './testCommand';

/** What a scaffolded exercise is wanted for, as the messages and the pick say it. */
export interface PickPurpose {
  /** Ends "open a file of a scaffolded exercise (or scaffold one first) …". */
  reason: string;
  title: string;
}

const TO_RUN_TESTS: PickPurpose = { reason: 'to run its tests', title: 'Run tests for which exercise?' };

/** A scaffolded exercise in the workspace. */
export interface ScaffoldedExercise {
  folder: string;
  exercise: string;
  language: Language;
}

export class ExercisePicks {
  constructor(private readonly globalState: vscode.Memento) {}

  /** The exercise `arg` names (an exercise id, a question id, a question node), or the user's pick. */
  async exercise(index: BankIndex, arg: unknown): Promise<Exercise | undefined> {
    let id: string | undefined;
    if (typeof arg === 'string') id = index.exercise(arg) ? arg : index.question(arg)?.exercise;
    else if (isQuestionNode(arg)) id = arg.question.exercise;
    if (id) {
      const exercise = index.exercise(id);
      if (!exercise) void vscode.window.showErrorMessage(`Interview Prep: no exercise "${id}" is loaded.`);
      return exercise;
    }
    const exercises = index.exercises();
    if (exercises.length === 0) {
      void vscode.window.showInformationMessage('Interview Prep: no coding exercises are loaded.');
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(
      exercises.map((exercise) => {
        const question = index.question(exercise.id);
        return {
          label: question?.title ?? exercise.id,
          description: exercise.id,
          detail: question ? `${question.topic} · ${question.difficulty}` : undefined,
          exercise,
        };
      }),
      { ignoreFocusOut: true, title: 'Scaffold an exercise', placeHolder: 'Choose an exercise', matchOnDescription: true, matchOnDetail: true },
    );
    return picked?.exercise;
  }

  /** The only language, or the user's pick with the last one used first. */
  async language(exercise: Pick<Exercise, 'id' | 'languages'>): Promise<Language | undefined> {
    if (exercise.languages.length <= 1) return exercise.languages[0];
    const remembered = this.globalState.get<Language>(StateKeys.exerciseLanguage);
    const ordered = [...exercise.languages].sort((a, b) => Number(b === remembered) - Number(a === remembered));
    const picked = await vscode.window.showQuickPick(
      ordered.map((language) => ({
        label: language === 'python' ? 'Python' : 'TypeScript',
        description: language === remembered ? 'last used' : undefined,
        language,
      })),
      { ignoreFocusOut: true, title: `Language for "${exercise.id}"`, placeHolder: 'Choose a language' },
    );
    return picked?.language;
  }

  rememberLanguage(language: Language): Thenable<void> {
    return this.globalState.update(StateKeys.exerciseLanguage, language);
  }

  /** The workspace folder to scaffold into: the only one, or the user's pick; none offers to open one. */
  async workspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 1) return folders[0];
    if (folders.length > 1) return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Scaffold the exercise into which folder?' });
    const open = 'Open Folder…';
    if ((await vscode.window.showInformationMessage('Interview Prep: open a folder first; exercises are scaffolded into your workspace.', open)) === open) {
      await vscode.commands.executeCommand('vscode.openFolder');
    }
    return undefined;
  }

  /** Finds the scaffolded folder to test (or review, as `purpose` says): from an argument, the active editor, or a pick. */
  async scaffolded(arg: unknown, language?: Language, purpose: PickPurpose = TO_RUN_TESTS): Promise<ScaffoldedExercise | undefined> {
    let folder: string | undefined;
    let fileLanguage: Language | undefined;
    if (typeof arg === 'string' && path.isAbsolute(arg)) folder = arg;
    else if (arg instanceof vscode.Uri) {
      folder = await findMarkerFolder(arg.fsPath);
      fileLanguage = languageOfFile(arg.fsPath);
    } else if (typeof arg === 'string' || isQuestionNode(arg)) {
      const id = typeof arg === 'string' ? arg : ((arg as { question: Question }).question.exercise ?? '');
      const root = vscode.workspace.workspaceFolders?.[0];
      if (root) folder = exerciseTarget(root.uri.fsPath, setting('exercisesFolder'), id);
    } else {
      // The active editor first, then any visible one: a preview beside the stub may hold focus.
      const editors = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors];
      for (const uri of editors.map((editor) => editor?.document.uri)) {
        if (uri?.scheme !== 'file') continue;
        folder = await findMarkerFolder(uri.fsPath);
        fileLanguage = languageOfFile(uri.fsPath);
        if (folder) break;
      }
      folder ??= await this.scaffoldedFolder(purpose);
    }
    const marker = folder ? await readMarker(folder) : undefined;
    if (!folder || !marker) {
      void vscode.window.showErrorMessage(`Interview Prep: open a file of a scaffolded exercise (or scaffold one first) ${purpose.reason}.`);
      return undefined;
    }
    const scaffolded = Object.keys(marker.scaffolded) as Language[];
    const chosen =
      language ??
      (fileLanguage && scaffolded.includes(fileLanguage)
        ? fileLanguage
        : scaffolded.length === 1
          ? scaffolded[0]
          : await this.language({ id: marker.exercise, languages: scaffolded }));
    return chosen ? { folder, exercise: marker.exercise, language: chosen } : undefined;
  }

  /** Scaffolded exercise folders in the workspace's exercises folder: the only one, or the user's pick. */
  private async scaffoldedFolder(purpose: PickPurpose): Promise<string | undefined> {
    const folders: string[] = [];
    for (const root of vscode.workspace.workspaceFolders ?? []) {
      const base = path.resolve(root.uri.fsPath, setting('exercisesFolder'));
      const names = await fs.readdir(base).catch(() => [] as string[]);
      for (const name of names) if (await readMarker(path.join(base, name))) folders.push(path.join(base, name));
    }
    if (folders.length <= 1) return folders[0];
    const picked = await vscode.window.showQuickPick(
      folders.map((folder) => ({ label: path.basename(folder), description: vscode.workspace.asRelativePath(folder), folder })),
      { ignoreFocusOut: true, title: purpose.title },
    );
    return picked?.folder;
  }
}

export function isQuestionNode(value: unknown): value is { question: Question } {
  return typeof value === 'object' && value !== null && typeof (value as { question?: Question }).question?.id === 'string';
}
