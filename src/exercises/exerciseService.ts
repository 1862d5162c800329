// Scaffolds exercises into the workspace and runs their tests in an integrated terminal.
import { execFile } from 'node:child_process';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { setting } from '../config/config';
import type { BankIndex } from '../bank/bankIndex';
import { detailFromText } from '../bank/detail';
import type { Exercise, Language, Question } from '../bank/model';
import type { BankService } from '../workspaceBanks/bankService';
import { formatClock } from '../bank/time';
import { Commands, Settings, StateKeys } from '../ids';
import { newAttemptId, type AttemptRecorder } from '../progress/model';
import { isInside } from '../bank/bankPaths';
import { assertRealTargetInside, exerciseTarget, planScaffold } from './plan';
import { languageOfFile, solutionFile, testCommand } from './testCommand';

/** Written into each scaffolded folder so later runs know what it holds. */
export const MARKER_FILE = '.interview-prep.json';

interface Marker {
  exercise: string;
  scaffolded: Partial<Record<Language, string>>;
}

export interface ScaffoldResult {
  exercise: string;
  language: Language;
  folder: string;
  created: string[];
  kept: string[];
}

export interface TestRunResult {
  exercise: string;
  language: Language;
  folder: string;
  /** Undefined when the shell could not report it (no shell integration). */
  exitCode: number | undefined;
  passed: boolean | undefined;
}

export class ExerciseService implements vscode.Disposable {
  private readonly status = vscode.window.createStatusBarItem('interviewPrep.testResult', vscode.StatusBarAlignment.Left, 50);
  private readonly finished = new vscode.EventEmitter<TestRunResult>();
  readonly onDidFinishTests = this.finished.event;

  private readonly results = new Map<string, TestRunResult>();
  private timed: { exercise: string; folder: string; endsAt: number; startedAt: number } | undefined;
  private readonly timerItem = vscode.window.createStatusBarItem('interviewPrep.exerciseTimer', vscode.StatusBarAlignment.Left, 51);
  private timerTicker: ReturnType<typeof setInterval> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private running = new Set<string>();

  constructor(private readonly context: vscode.ExtensionContext, private readonly banks: BankService, private readonly output: vscode.OutputChannel, private readonly attempts: AttemptRecorder) {
    this.status.name = 'Interview Prep test result';
    this.timerItem.name = 'Interview Prep exercise timer';
    this.subscriptions.push(vscode.workspace.onDidSaveTextDocument((document) => void this.runOnSave(document)));
  }

  /** The last result per exercise id, shown in the tree. */
  lastResult(exerciseId: string): TestRunResult | undefined {
    return this.results.get(exerciseId);
  }

  get timedExercise(): string | undefined {
    return this.timed?.exercise;
  }

  /** `arg` is an exercise id, a question id, or a tree node holding a question. */
  async scaffold(arg?: unknown, language?: Language): Promise<ScaffoldResult | undefined> {
    const index = await this.banks.index();
    const exercise = await this.resolveExercise(index, arg);
    if (!exercise) return undefined;
    const chosen = language ?? (await this.pickLanguage(exercise));
    if (!chosen) return undefined;
    if (!exercise.languages.includes(chosen)) {
      void vscode.window.showErrorMessage(`Interview Prep: exercise "${exercise.id}" has no ${chosen} version.`);
      return undefined;
    }
    const root = await this.pickWorkspaceFolder();
    if (!root) return undefined;
    if (!vscode.workspace.isTrusted) {
      const go = 'Scaffold Anyway';
      const answer = await vscode.window.showWarningMessage(`This workspace is in Restricted Mode. Write the "${exercise.id}" exercise files into it?`, { modal: true, detail: 'Files are only copied; tests will not run until you trust the workspace.' }, go);
      if (answer !== go) return undefined;
    }
    const folder = exerciseTarget(root.uri.fsPath, setting('exercisesFolder'), exercise.id);
    await assertRealTargetInside(root.uri.fsPath, folder);
    const plan = await planScaffold(exercise.dir, chosen, folder);
    for (const refused of plan.refused) this.output.appendLine(`Refused to scaffold ${refused} from ${exercise.dir}: it would leave the exercise folder or is a link.`);

    const result: ScaffoldResult = { exercise: exercise.id, language: chosen, folder, created: [], kept: [] };
    await fs.mkdir(folder, { recursive: true });
    for (const copy of plan.copies) {
      await fs.mkdir(path.dirname(copy.to), { recursive: true });
      if (await copyIfAbsent(copy.from, copy.to)) result.created.push(copy.to);
      else result.kept.push(copy.to);
    }
    const question = index.question(exercise.id);
    const readme = path.join(folder, 'README.md');
    if (await writeIfAbsent(readme, await promptReadme(exercise, question))) result.created.push(readme);
    await this.updateMarker(folder, exercise.id, chosen);
    await this.context.globalState.update(StateKeys.exerciseLanguage, chosen);

    if (result.created.length === 0) {
      void vscode.window.showInformationMessage(`Interview Prep: "${exercise.id}" (${chosen}) is already in your workspace; opened it as it is.`);
    }
    const stub = await vscode.window.showTextDocument(vscode.Uri.file(path.join(folder, solutionFile(chosen))), { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.file(readme)).then(undefined, () => undefined);
    // The preview takes focus when it opens; hand it back to the stub, where the user types next.
    await vscode.window.showTextDocument(stub.document, { viewColumn: stub.viewColumn, preview: false });
    return result;
  }

  /** Runs the exercise's tests in its terminal and reports the result. */
  async runTests(arg?: unknown, language?: Language): Promise<TestRunResult | undefined> {
    const located = await this.locate(arg, language);
    if (!located) return undefined;
    const { folder, exercise } = located;
    const lang = located.language;
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Interview Prep: running exercise tests is disabled in Restricted Mode, because tests run code from the workspace. Trust this workspace to run them.', 'Manage Workspace Trust')
        .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
      return undefined;
    }
    const runners = this.runners();
    const custom = setting('testCommands')[lang];
    if (!custom && lang === 'typescript' && !(await nodeCanStripTypes(runners.node))) {
      void vscode.window.showErrorMessage(`Interview Prep: TypeScript exercises run with Node's type stripping, which needs Node 22.6 or newer. Install a newer Node, or set "${Settings.section}.${Settings.nodeCommand}" to one.`);
      return undefined;
    }
    const command = `cd ${shellQuote(folder)} && ${custom?.trim() || testCommand(lang, runners)}`;
    const terminal = this.terminalFor(exercise, folder);
    terminal.show(true);
    this.status.text = `$(sync~spin) ${exercise}: running tests…`;
    this.status.backgroundColor = undefined;
    this.status.show();
    this.running.add(folder);
    let exitCode: number | undefined;
    try {
      exitCode = await runInTerminal(terminal, command);
    } finally {
      this.running.delete(folder);
    }
    const result: TestRunResult = { exercise, language: lang, folder, exitCode, passed: exitCode === undefined ? undefined : exitCode === 0 };
    this.results.set(exercise, result);
    await this.recordRun(result);
    this.report(result);
    this.finished.fire(result);
    return result;
  }

  /** Each run is an attempt: pass or fail, and the time since the exercise was scaffolded. */
  private async recordRun(result: TestRunResult): Promise<void> {
    if (result.passed === undefined) return;
    const marker = await readMarker(result.folder);
    const scaffoldedAt = Date.parse(marker?.scaffolded[result.language] ?? '');
    const now = Date.now();
    const timed = this.timed?.folder === result.folder ? this.timed : undefined;
    const question = (await this.banks.index()).question(result.exercise);
    const sinceStart = now - (timed?.startedAt ?? (Number.isFinite(scaffoldedAt) ? scaffoldedAt : now));
    await this.attempts.record({
      id: newAttemptId(), kind: 'exercise', questionId: result.exercise, at: new Date(now).toISOString(), durationMs: Math.max(0, sinceStart),
      allottedMs: question ? question.time * 1000 : undefined, outcome: result.passed ? 'passed' : 'failed', language: result.language,
      ...(result.passed ? { timeToGreenMs: Math.max(0, sinceStart) } : {}),
    });
    if (timed && result.passed) this.stopTimer(`${result.exercise}: green in ${formatClock(sinceStart)}`);
  }

  /** Scaffolds (or reopens) an exercise and counts its time limit down in the status bar until the tests pass. */
  async startTimed(arg?: unknown, language?: Language): Promise<ScaffoldResult | undefined> {
    const scaffolded = await this.scaffold(arg, language);
    if (!scaffolded) return undefined;
    const question = (await this.banks.index()).question(scaffolded.exercise);
    const limitMs = (question?.time ?? 30 * 60) * 1000;
    const now = Date.now();
    this.timed = { exercise: scaffolded.exercise, folder: scaffolded.folder, startedAt: now, endsAt: now + limitMs };
    this.timerItem.command = Commands.runExerciseTests;
    const draw = (): void => {
      if (!this.timed) return;
      const left = this.timed.endsAt - Date.now();
      this.timerItem.text = `$(watch) ${this.timed.exercise} · ${formatClock(left)} ${left < 0 ? 'over' : 'left'}`;
      this.timerItem.tooltip = 'Timed exercise: stops when the tests pass. Click to run the tests.';
      this.timerItem.backgroundColor = left <= 60_000 ? new vscode.ThemeColor(left <= 0 ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground') : undefined;
    };
    if (this.timerTicker) clearInterval(this.timerTicker);
    draw();
    this.timerItem.show();
    this.timerTicker = setInterval(draw, 1000);
    await this.conditions?.enter(scaffolded.folder);
    return scaffolded;
  }

  private stopTimer(message: string): void {
    if (this.timerTicker) clearInterval(this.timerTicker);
    this.timerTicker = undefined;
    this.timerItem.text = `$(pass-filled) ${message}`;
    this.timerItem.backgroundColor = undefined;
    this.timed = undefined;
    void this.conditions?.leave();
    setTimeout(() => { if (!this.timed) this.timerItem.hide(); }, 15_000);
  }

  /** Interview conditions (completions off while solving) plug in here; see interviewConditions.ts. */
  conditions: { enter(folder: string): Promise<void>; leave(): Promise<void> } | undefined;

  private async runOnSave(document: vscode.TextDocument): Promise<void> {
    if (document.uri.scheme !== 'file' || !setting('runTestsOnSave')) return;
    const folder = await findMarkerFolder(document.uri.fsPath);
    if (!folder || this.running.has(folder)) return;
    const language = languageOfFile(document.uri.fsPath);
    await this.runTests(folder, language);
  }

  /** Puts the scaffolded files back to the stub, after asking, keeping the user's files in a backup folder. */
  async resetExercise(arg?: unknown): Promise<string | undefined> {
    const located = await this.locate(arg, undefined);
    if (!located) return undefined;
    const reset = 'Reset Exercise';
    const answer = await vscode.window.showWarningMessage(`Reset "${located.exercise}" (${located.language}) to its starting stub?`, { modal: true, detail: 'Your current files are copied to a backup folder beside it first; nothing is deleted.' }, reset);
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
      const stub = await fs.readFile(copy.from);
      const open = vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'file' && path.resolve(document.uri.fsPath) === path.resolve(copy.to));
      if (open) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(open.uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), new TextDecoder().decode(stub));
        if (await vscode.workspace.applyEdit(edit) && await open.save()) continue;
      }
      await fs.mkdir(path.dirname(copy.to), { recursive: true });
      await fs.writeFile(copy.to, stub);
    }
    void vscode.window.showInformationMessage(`Interview Prep: "${located.exercise}" is back to its stub. Your previous files are in ${vscode.workspace.asRelativePath(backup)}.`);
    return backup;
  }

  private report(result: TestRunResult): void {
    if (result.passed === undefined) {
      this.status.text = `$(question) ${result.exercise}: see terminal`;
      this.status.tooltip = 'The terminal has no shell integration, so the result could not be read.';
      void vscode.window.showWarningMessage(`Interview Prep: the tests for "${result.exercise}" ran, but this shell does not report exit codes. Read the result in the terminal, or enable terminal shell integration.`);
      return;
    }
    this.status.text = result.passed ? `$(pass-filled) ${result.exercise}: tests passed` : `$(error) ${result.exercise}: tests failed`;
    this.status.tooltip = `${result.language} tests exited with code ${result.exitCode}`;
    this.status.backgroundColor = result.passed ? undefined : new vscode.ThemeColor('statusBarItem.errorBackground');
    const message = result.passed
      ? `Interview Prep: all tests passed for "${result.exercise}" (${result.language}).`
      : `Interview Prep: tests failed for "${result.exercise}" (${result.language}, exit code ${result.exitCode}).`;
    if (result.passed) void vscode.window.showInformationMessage(message);
    else void vscode.window.showErrorMessage(message);
  }

  private runners(): { python: string; node: string } {
    return { python: setting('pythonCommand'), node: setting('nodeCommand') };
  }

  private terminalFor(exercise: string, folder: string): vscode.Terminal {
    const name = `Interview Prep: ${exercise}`;
    return vscode.window.terminals.find((terminal) => terminal.name === name && terminal.exitStatus === undefined)
      ?? vscode.window.createTerminal({ name, cwd: folder, iconPath: new vscode.ThemeIcon('beaker') });
  }

  /** Finds the scaffolded folder to test: from an argument, the active editor, or a pick. */
  private async locate(arg: unknown, language?: Language): Promise<{ folder: string; exercise: string; language: Language } | undefined> {
    let folder: string | undefined;
    let fileLanguage: Language | undefined;
    if (typeof arg === 'string' && path.isAbsolute(arg)) folder = arg;
    else if (arg instanceof vscode.Uri) {
      folder = await findMarkerFolder(arg.fsPath);
      fileLanguage = languageOfFile(arg.fsPath);
    }
    else if (typeof arg === 'string' || isQuestionNode(arg)) {
      const id = typeof arg === 'string' ? arg : (arg as { question: Question }).question.exercise ?? '';
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
      folder ??= await this.pickScaffoldedFolder();
    }
    const marker = folder ? await readMarker(folder) : undefined;
    if (!folder || !marker) {
      void vscode.window.showErrorMessage('Interview Prep: open a file of a scaffolded exercise (or scaffold one first) to run its tests.');
      return undefined;
    }
    const scaffolded = Object.keys(marker.scaffolded) as Language[];
    const chosen = language ?? (fileLanguage && scaffolded.includes(fileLanguage) ? fileLanguage : scaffolded.length === 1 ? scaffolded[0] : await this.pickLanguage({ id: marker.exercise, dir: folder, languages: scaffolded }));
    return chosen ? { folder, exercise: marker.exercise, language: chosen } : undefined;
  }

  /** Scaffolded exercise folders in the workspace's exercises folder: the only one, or the user's pick. */
  private async pickScaffoldedFolder(): Promise<string | undefined> {
    const folders: string[] = [];
    for (const root of vscode.workspace.workspaceFolders ?? []) {
      const base = path.resolve(root.uri.fsPath, setting('exercisesFolder'));
      const names = await fs.readdir(base).catch(() => [] as string[]);
      for (const name of names) if (await readMarker(path.join(base, name))) folders.push(path.join(base, name));
    }
    if (folders.length <= 1) return folders[0];
    const picked = await vscode.window.showQuickPick(folders.map((folder) => ({ label: path.basename(folder), description: vscode.workspace.asRelativePath(folder), folder })),
      { ignoreFocusOut: true, title: 'Run tests for which exercise?' });
    return picked?.folder;
  }

  private async resolveExercise(index: BankIndex, arg: unknown): Promise<Exercise | undefined> {
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
        return { label: question?.title ?? exercise.id, description: exercise.id, detail: question ? `${question.topic} · ${question.difficulty}` : undefined, exercise };
      }),
      { ignoreFocusOut: true, title: 'Scaffold an exercise', placeHolder: 'Choose an exercise', matchOnDescription: true, matchOnDetail: true },
    );
    return picked?.exercise;
  }

  private async pickLanguage(exercise: Exercise): Promise<Language | undefined> {
    if (exercise.languages.length <= 1) return exercise.languages[0];
    const remembered = this.context.globalState.get<Language>(StateKeys.exerciseLanguage);
    const ordered = [...exercise.languages].sort((a, b) => Number(b === remembered) - Number(a === remembered));
    const picked = await vscode.window.showQuickPick(ordered.map((language) => ({ label: language === 'python' ? 'Python' : 'TypeScript', description: language === remembered ? 'last used' : undefined, language })),
      { ignoreFocusOut: true, title: `Language for "${exercise.id}"`, placeHolder: 'Choose a language' });
    return picked?.language;
  }

  private async pickWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 1) return folders[0];
    if (folders.length > 1) return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Scaffold the exercise into which folder?' });
    const open = 'Open Folder…';
    if ((await vscode.window.showInformationMessage('Interview Prep: open a folder first; exercises are scaffolded into your workspace.', open)) === open) {
      await vscode.commands.executeCommand('vscode.openFolder');
    }
    return undefined;
  }

  private async updateMarker(folder: string, exercise: string, language: Language): Promise<void> {
    const marker = (await readMarker(folder)) ?? { exercise, scaffolded: {} };
    marker.scaffolded[language] ??= new Date().toISOString();
    await fs.writeFile(path.join(folder, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
  }

  dispose(): void {
    if (this.timerTicker) clearInterval(this.timerTicker);
    this.timerItem.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.status.dispose();
    this.finished.dispose();
  }
}

function isQuestionNode(value: unknown): value is { question: Question } {
  return typeof value === 'object' && value !== null && typeof (value as { question?: Question }).question?.id === 'string';
}

async function copyIfAbsent(from: string, to: string): Promise<boolean> {
  try {
    await fs.copyFile(from, to, fsConstants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function writeIfAbsent(file: string, text: string): Promise<boolean> {
  try {
    await fs.writeFile(file, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The exercise's prompt and hints for the workspace; the model answer stays in the bank. */
async function promptReadme(exercise: Exercise, question: Question | undefined): Promise<string> {
  const file = path.join(exercise.dir, 'exercise.md');
  const detail = detailFromText({ file, evaluation: [] }, await fs.readFile(file, 'utf8'));
  const hints = detail.hints.length ? `\n\n<details><summary>Hints</summary>\n\n${detail.hints.map((hint) => `- ${hint}`).join('\n')}\n\n</details>` : '';
  return `# ${question?.title ?? exercise.id}\n\n${detail.prompt}${hints}\n\nRun the tests with **Interview Prep: Run Exercise Tests** (or the CodeLens above the solution).\n`;
}

async function readMarker(folder: string): Promise<Marker | undefined> {
  try {
    const marker = JSON.parse(await fs.readFile(path.join(folder, MARKER_FILE), 'utf8')) as Marker;
    return typeof marker.exercise === 'string' && typeof marker.scaffolded === 'object' && marker.scaffolded !== null ? marker : undefined;
  } catch {
    return undefined;
  }
}

async function findMarkerFolder(file: string): Promise<string | undefined> {
  let dir = path.dirname(file);
  for (let depth = 0; depth < 6; depth++) {
    if (await readMarker(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

function shellQuote(text: string): string {
  return process.platform === 'win32' ? `"${text}"` : `'${text.replace(/'/g, `'\\''`)}'`;
}

function nodeCanStripTypes(node: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(node, ['--version'], { timeout: 10_000 }, (error, stdout) => {
      if (error) return resolve(true); // let the terminal show the real error
      const [major, minor] = stdout.trim().replace(/^v/, '').split('.').map(Number);
      resolve(major > 22 || (major === 22 && minor >= 6));
    });
  });
}

/** Runs a command through shell integration and resolves with its exit code (undefined without integration). */
async function runInTerminal(terminal: vscode.Terminal, command: string): Promise<number | undefined> {
  const integration = terminal.shellIntegration ?? (await waitForShellIntegration(terminal, 8000));
  if (!integration) {
    terminal.sendText(command, true);
    return undefined;
  }
  return new Promise((resolve) => {
    const execution = integration.executeCommand(command);
    const listener = vscode.window.onDidEndTerminalShellExecution((event) => {
      if (event.execution === execution) {
        listener.dispose();
        resolve(event.exitCode);
      }
    });
  });
}

function waitForShellIntegration(terminal: vscode.Terminal, timeoutMs: number): Promise<vscode.TerminalShellIntegration | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve(undefined);
    }, timeoutMs);
    const listener = vscode.window.onDidChangeTerminalShellIntegration((event) => {
      if (event.terminal === terminal) {
        clearTimeout(timer);
        listener.dispose();
        resolve(event.shellIntegration);
      }
    });
  });
}
