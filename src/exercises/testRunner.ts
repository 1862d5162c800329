// Runs a scaffolded exercise's tests in its terminal, records each run as an attempt, and shows the
// result in the status bar and a notification.
import * as vscode from 'vscode';
import { setting } from '../config/config';
import type { Language } from '../bank/model';
import { Disposable } from '../common/disposable';
import { Settings } from '../ids';
import { newAttemptId, type AttemptRecorder } from '../progress/model';
import type { BankService } from '../workspaceBanks/bankService';
import type { ExercisePicks } from './exercisePicks';
import { readMarker } from './marker';
import { exerciseTerminal, runInTerminal } from './terminalRun';
import { nodeCanStripTypes, shellQuote, testCommand } from './testCommand';
import type { TimedExercise } from './timedExercise';

export interface TestRunResult {
  exercise: string;
  language: Language;
  folder: string;
  /** Undefined when the shell could not report it (no shell integration). */
  exitCode: number | undefined;
  passed: boolean | undefined;
}

export class ExerciseTestRunner extends Disposable {
  private readonly status = this.register(vscode.window.createStatusBarItem('interviewPrep.testResult', vscode.StatusBarAlignment.Left, 50));
  private readonly finished = this.register(new vscode.EventEmitter<TestRunResult>());
  readonly onDidFinishTests = this.finished.event;
  private readonly results = new Map<string, TestRunResult>();
  /** Folders whose tests are running now. */
  private readonly running = new Set<string>();

  constructor(private readonly banks: BankService, private readonly attempts: AttemptRecorder, private readonly picks: ExercisePicks, private readonly timed: TimedExercise) {
    super();
    this.status.name = 'Interview Prep test result';
  }

  /** The last result per exercise id, shown in the tree. */
  lastResult(exerciseId: string): TestRunResult | undefined {
    return this.results.get(exerciseId);
  }

  isRunning(folder: string): boolean {
    return this.running.has(folder);
  }

  /** Runs the exercise's tests in its terminal and reports the result. */
  async runTests(arg?: unknown, language?: Language): Promise<TestRunResult | undefined> {
    const located = await this.picks.scaffolded(arg, language);
    if (!located) return undefined;
    const { folder, exercise } = located;
    const lang = located.language;
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Interview Prep: running exercise tests is disabled in Restricted Mode, because tests run code from the workspace. Trust this workspace to run them.', 'Manage Workspace Trust')
        .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
      return undefined;
    }
    const runners = { python: setting('pythonCommand'), node: setting('nodeCommand') };
    const custom = setting('testCommands')[lang];
    if (!custom && lang === 'typescript' && !(await nodeCanStripTypes(runners.node))) {
      void vscode.window.showErrorMessage(`Interview Prep: TypeScript exercises run with Node's type stripping, which needs Node 22.6 or newer. Install a newer Node, or set "${Settings.section}.${Settings.nodeCommand}" to one.`);
      return undefined;
    }
    const command = `cd ${shellQuote(folder)} && ${custom?.trim() || testCommand(lang, runners)}`;
    const terminal = exerciseTerminal(exercise, folder);
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

  /** Each run is an attempt: pass or fail, and the time since the exercise was scaffolded (or its timer started). */
  private async recordRun(result: TestRunResult): Promise<void> {
    if (result.passed === undefined) return;
    const marker = await readMarker(result.folder);
    const scaffoldedAt = Date.parse(marker?.scaffolded[result.language] ?? '');
    const now = Date.now();
    const timedFrom = this.timed.startedAt(result.folder);
    const question = (await this.banks.index()).question(result.exercise);
    const sinceStart = now - (timedFrom ?? (Number.isFinite(scaffoldedAt) ? scaffoldedAt : now));
    await this.attempts.record({
      id: newAttemptId(), kind: 'exercise', questionId: result.exercise, at: new Date(now).toISOString(), durationMs: Math.max(0, sinceStart),
      allottedMs: question ? question.time * 1000 : undefined, outcome: result.passed ? 'passed' : 'failed', language: result.language,
      ...(result.passed ? { timeToGreenMs: Math.max(0, sinceStart) } : {}),
    });
    if (timedFrom !== undefined && result.passed) this.timed.passed(result.folder, sinceStart);
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
}
