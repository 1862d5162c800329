// Scaffolds an exercise into the workspace (stub, tests, README, marker) and opens it; resets a
// scaffolded one to its stub, keeping the user's files in a backup folder beside it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { setting } from '../config/config';
import { isInside } from '../bank/bankPaths';
import type { Exercise, Language, Question } from '../bank/model';
import { localIso } from '../progress/stats';
import type { BankService } from '../workspaceBanks/bankService';
import type { ExercisePicks } from './exercisePicks';
import { markScaffolded } from './marker';
import { assertRealTargetInside, exerciseTarget, keptOnReset, planScaffold } from './plan';
import { copyIfAbsent, promptReadme, writeIfAbsent } from './scaffoldFiles';
import { reSolveFolderName } from './reSolve';
import { solutionFile } from './testCommand';

export interface ScaffoldResult {
  exercise: string;
  language: Language;
  folder: string;
  created: string[];
  kept: string[];
}

interface Chosen {
  exercise: Exercise;
  language: Language;
  root: string;
  question: Question | undefined;
}

export class ExerciseScaffolder {
  constructor(
    private readonly banks: BankService,
    private readonly output: vscode.OutputChannel,
    private readonly picks: ExercisePicks,
  ) {}

  /** `arg` is an exercise id, a question id, or a tree node holding a question. */
  async scaffold(arg?: unknown, language?: Language): Promise<ScaffoldResult | undefined> {
    const chosen = await this.choose(arg, () => language);
    if (!chosen) return undefined;
    const folder = exerciseTarget(chosen.root, setting('exercisesFolder'), chosen.exercise.id);
    const result = await this.write(chosen, folder, 'inline');
    if (result.created.length === 0) {
      void vscode.window.showInformationMessage(
        `Interview Prep: "${chosen.exercise.id}" (${chosen.language}) is already in your workspace; opened it as it is.`,
      );
    }
    return result;
  }

  /**
   * Scaffolds the exercise from its stub into a fresh folder beside the usual one
   * (`<id>-re-solve-<day>`), for a timed re-solve: the user's earlier folders stay as they are, and
   * the README leaves the hints out (they are shown one at a time and counted). `preferred` picks the
   * language before the user is asked.
   */
  async scaffoldFresh(arg: unknown, preferred: (exerciseId: string) => Language | undefined): Promise<ScaffoldResult | undefined> {
    const chosen = await this.choose(arg, preferred);
    if (!chosen) return undefined;
    const usual = exerciseTarget(chosen.root, setting('exercisesFolder'), chosen.exercise.id);
    const taken = new Set(await fs.readdir(path.dirname(usual)).catch(() => [] as string[]));
    const name = reSolveFolderName(chosen.exercise.id, localIso(Date.now()), (candidate) => taken.has(candidate));
    return this.write(chosen, exerciseTarget(chosen.root, setting('exercisesFolder'), name), 'counted');
  }

  /** Which exercise, in which language, into which workspace folder: asks what `arg` does not say. */
  private async choose(arg: unknown, preferred: (exerciseId: string) => Language | undefined): Promise<Chosen | undefined> {
    const index = await this.banks.index();
    const exercise = await this.picks.exercise(index, arg);
    if (!exercise) return undefined;
    const chosen = preferred(exercise.id) ?? (await this.picks.language(exercise));
    if (!chosen) return undefined;
    if (!exercise.languages.includes(chosen)) {
      void vscode.window.showErrorMessage(`Interview Prep: exercise "${exercise.id}" has no ${chosen} version.`);
      return undefined;
    }
    const root = await this.picks.workspaceFolder();
    if (!root) return undefined;
    if (!vscode.workspace.isTrusted) {
      const go = 'Scaffold Anyway';
      const answer = await vscode.window.showWarningMessage(
        `This workspace is in Restricted Mode. Write the "${exercise.id}" exercise files into it?`,
        { modal: true, detail: 'Files are only copied; tests will not run until you trust the workspace.' },
        go,
      );
      if (answer !== go) return undefined;
    }
    return { exercise, language: chosen, root: root.uri.fsPath, question: index.question(exercise.id) };
  }

  /**
   * Copies the stub, the tests and the bank's shared support files (the tests' CPU-time harness; for
   * TypeScript a tsconfig.json and type declarations for the editor) into `folder`, never over a file
   * there; writes the README and marker, and opens the stub.
   */
  private async write(chosen: Chosen, folder: string, hints: 'inline' | 'counted'): Promise<ScaffoldResult> {
    const { exercise, language, root, question } = chosen;
    await assertRealTargetInside(root, folder);
    const plan = await planScaffold(exercise.dir, language, folder);
    for (const refused of plan.refused)
      this.output.appendLine(`Refused to scaffold ${refused} from ${exercise.dir}: it would leave the exercise folder or is a link.`);

    const result: ScaffoldResult = { exercise: exercise.id, language, folder, created: [], kept: [] };
    await fs.mkdir(folder, { recursive: true });
    for (const copy of plan.copies) {
      await fs.mkdir(path.dirname(copy.to), { recursive: true });
      if (await copyIfAbsent(copy.from, copy.to)) result.created.push(copy.to);
      else result.kept.push(copy.to);
    }
    const readme = path.join(folder, 'README.md');
    if (await writeIfAbsent(readme, await promptReadme(exercise, question, hints))) result.created.push(readme);
    await markScaffolded(folder, exercise.id, language);
    await this.picks.rememberLanguage(language);

    const stub = await vscode.window.showTextDocument(vscode.Uri.file(path.join(folder, solutionFile(language))), {
      viewColumn: vscode.ViewColumn.One,
      preview: false,
    });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.file(readme)).then(undefined, () => undefined);
    // The preview takes focus when it opens; hand it back to the stub, where the user types next.
    await vscode.window.showTextDocument(stub.document, { viewColumn: stub.viewColumn, preview: false });
    return result;
  }

  /** Puts the scaffolded files back to the stub, after asking, keeping the user's files in a backup folder. */
  async reset(arg?: unknown): Promise<string | undefined> {
    const located = await this.picks.scaffolded(arg, undefined);
    if (!located) return undefined;
    const reset = 'Reset Exercise';
    const answer = await vscode.window.showWarningMessage(
      `Reset "${located.exercise}" (${located.language}) to its starting stub?`,
      { modal: true, detail: 'Your current files are copied to a backup folder beside it first; nothing is deleted.' },
      reset,
    );
    if (answer !== reset) return undefined;
    const exercise = (await this.banks.index()).exercise(located.exercise);
    if (!exercise) {
      void vscode.window.showErrorMessage(`Interview Prep: no exercise "${located.exercise}" is loaded.`);
      return undefined;
    }
    // Unsaved edits to the exercise's files belong in the backup too, so they are saved first.
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty && document.uri.scheme === 'file' && isInside(located.folder, document.uri.fsPath)) await document.save();
    }
    const backup = `${located.folder}.backup-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await fs.cp(located.folder, backup, { recursive: true, errorOnExist: true, force: false });
    const plan = await planScaffold(exercise.dir, located.language, located.folder);
    // A file open in an editor is replaced through its document, so the editor shows the stub at once
    // without waiting on a file watcher; the others are written directly.
    for (const copy of plan.copies) {
      // The stub, the tests and their harness go back; the editor's own files (tsconfig.json, type
      // declarations) only when missing.
      if (keptOnReset(copy)) {
        await fs.mkdir(path.dirname(copy.to), { recursive: true });
        await copyIfAbsent(copy.from, copy.to);
        continue;
      }
      const stub = await fs.readFile(copy.from);
      const open = vscode.workspace.textDocuments.find(
        (document) => document.uri.scheme === 'file' && path.resolve(document.uri.fsPath) === path.resolve(copy.to),
      );
      if (open) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(open.uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), new TextDecoder().decode(stub));
        if ((await vscode.workspace.applyEdit(edit)) && (await open.save())) continue;
      }
      await fs.mkdir(path.dirname(copy.to), { recursive: true });
      await fs.writeFile(copy.to, stub);
    }
    void vscode.window.showInformationMessage(
      `Interview Prep: "${located.exercise}" is back to its stub. Your previous files are in ${vscode.workspace.asRelativePath(backup)}.`,
    );
    return backup;
  }
}
