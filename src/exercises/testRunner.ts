// Runs a scaffolded exercise's tests in its terminal, records each run as an attempt, and shows the
// result in the status bar, a notification and the Testing view. Every way to run tests (the
// command, the CodeLens, the tree, the Testing view, its gutter, run on save) comes through
// `runTests`. The run also writes a machine-readable report to the extension's storage, which gives
// each case's result; without one, the exit code is the result.
import * as vscode from 'vscode';
import { setting } from '../config/config';
import type { Language } from '../bank/model';
import { Disposable } from '../common/disposable';
import { Settings } from '../ids';
import { newAttemptId, type Attempt, type AttemptRecorder } from '../progress/model';
import type { BankService } from '../workspaceBanks/bankService';
import type { ExercisePicks, ScaffoldedExercise } from './exercisePicks';
import { readMarker } from './marker';
import { awaitReport, newRunId, readReport, reportFile, reportsFolder } from './reportFiles';
import { countsText, runOutcome, type CaseCounts, type RunOutcome, type RunReport } from './runReport';
import { exerciseTerminal, runInTerminal } from './terminalRun';
import { isPytestCommand, nodeCanStripTypes, pytestCommand, reportingTestCommand, shellQuote, type CaseSelection } from './testCommand';
import type { TimedExercise } from './timedExercise';

/** Without shell integration, how long to wait for a run's report to be complete. */
const REPORT_WAIT_MS = 120_000;
/** How long the passing-tests notification waits to learn whether to offer a review. */
const OFFER_WAIT_MS = 2_000;

export interface TestRunResult {
  exercise: string;
  language: Language;
  folder: string;
  /** Undefined when the shell could not report it (no shell integration). */
  exitCode: number | undefined;
  passed: boolean | undefined;
  /** Per-case counts, when the run's report was read. */
  counts?: CaseCounts;
  /** Why there are no per-case results, or why they disagree with the exit code. */
  note?: string;
}

export interface RunOptions {
  /** Only these cases (the Testing view's gutter, a selection in it). */
  only?: CaseSelection;
  /** The Testing view's run this is part of; without one, the view makes its own. */
  testRun?: vscode.TestRun;
  token?: vscode.CancellationToken;
}

/** What the Testing view does with a run: shows it running, then its results. */
export interface CaseRunObserver {
  begin(exercise: ScaffoldedExercise, options: RunOptions): Promise<RunHandle>;
}

export interface RunHandle {
  /** The run did not start (Restricted Mode, no suitable Node): said on the exercise's item. */
  notRun(message: string): void;
  finish(result: TestRunResult, report: RunReport, outcome: RunOutcome): void;
}

/** A button on the passing-tests notification (Review My Solution, when a model is present). */
export interface PassOffer {
  /** The button's label, or undefined for no button. */
  label(): Promise<string | undefined>;
  run(result: TestRunResult): unknown;
}

/** Where the runners shipped with the extension are, and where reports are written. */
export interface RunnerPaths {
  runnersDir: string;
  storageDir: string;
}

export class ExerciseTestRunner extends Disposable {
  private readonly status = this.register(vscode.window.createStatusBarItem('interviewPrep.testResult', vscode.StatusBarAlignment.Left, 50));
  private readonly finished = this.register(new vscode.EventEmitter<TestRunResult>());
  readonly onDidFinishTests = this.finished.event;
  private readonly results = new Map<string, TestRunResult>();
  /** Folders whose tests are running now. */
  private readonly running = new Set<string>();

  constructor(
    private readonly banks: BankService,
    private readonly attempts: AttemptRecorder,
    private readonly picks: ExercisePicks,
    private readonly timed: TimedExercise,
    private readonly observer: CaseRunObserver,
    private readonly paths: RunnerPaths,
    private readonly passOffer?: PassOffer,
  ) {
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
  async runTests(arg?: unknown, language?: Language, options: RunOptions = {}): Promise<TestRunResult | undefined> {
    const located = await this.picks.scaffolded(arg, language);
    if (!located) return undefined;
    const { folder, exercise } = located;
    const lang = located.language;
    const handle = await this.observer.begin(located, options);
    if (!vscode.workspace.isTrusted) {
      handle.notRun('Running exercise tests is disabled in Restricted Mode, because tests run code from the workspace. Trust this workspace to run them.');
      void vscode.window
        .showWarningMessage(
          'Interview Prep: running exercise tests is disabled in Restricted Mode, because tests run code from the workspace. Trust this workspace to run them.',
          'Manage Workspace Trust',
        )
        .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
      return undefined;
    }
    const runners = { python: setting('pythonCommand'), node: setting('nodeCommand') };
    const custom = setting('testCommands')[lang]?.trim();
    if (!custom && lang === 'typescript' && !(await nodeCanStripTypes(runners.node))) {
      const message = `TypeScript exercises run with Node's type stripping, which needs Node 22.6 or newer. Install a newer Node, or set "${Settings.section}.${Settings.nodeCommand}" to one.`;
      handle.notRun(message);
      void vscode.window.showErrorMessage(`Interview Prep: ${message}`);
      return undefined;
    }
    const runId = newRunId();
    // A user's own pytest command writes pytest's JUnit report; another command of theirs writes none.
    const pytest = !!custom && lang === 'python' && isPytestCommand(custom);
    const kind = pytest ? 'junit' : lang;
    const file = reportFile(await reportsFolder(this.paths.storageDir), runId, kind);
    const target = { runnersDir: this.paths.runnersDir, reportFile: file, runId };
    const run = custom ? (pytest ? pytestCommand(custom, file, options.only) : custom) : reportingTestCommand(lang, runners, target, options.only);
    const command = `cd ${shellQuote(folder)} && ${run}`;
    const context = { folder, startedAt: Date.now() };
    const terminal = exerciseTerminal(exercise, folder);
    terminal.show(true);
    this.status.text = `$(sync~spin) ${exercise}: running tests…`;
    this.status.backgroundColor = undefined;
    this.status.show();
    this.running.add(folder);
    let exitCode: number | undefined;
    const cancelled = options.token?.onCancellationRequested(() => terminal.sendText('\u0003', false));
    try {
      exitCode = await runInTerminal(terminal, command);
    } finally {
      cancelled?.dispose();
      this.running.delete(folder);
    }
    let report: RunReport;
    if (custom && !pytest)
      report = {
        ok: false,
        reason: `the tests ran with your own command ("${Settings.section}.${Settings.testCommands}"), which writes no report Interview Prep can read`,
      };
    else if (exitCode === undefined)
      report = await awaitReport(file, kind, runId, REPORT_WAIT_MS, () => options.token?.isCancellationRequested === true, 250, context);
    else report = await readReport(file, kind, runId, context);
    const outcome = runOutcome(exitCode, report);
    const result: TestRunResult = {
      exercise,
      language: lang,
      folder,
      exitCode,
      passed: outcome.passed,
      ...(outcome.counts ? { counts: outcome.counts } : {}),
      ...(outcome.note ? { note: outcome.note } : {}),
    };
    handle.finish(result, report, outcome);
    // A run of some cases says nothing about the exercise as a whole: it is not an attempt.
    if (!options.only) {
      this.results.set(exercise, result);
      await this.recordRun(result);
    }
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
    const timed = this.timed.session(result.folder);
    const question = (await this.banks.index()).question(result.exercise);
    const sinceStart = now - (timed?.startedAt ?? (Number.isFinite(scaffoldedAt) ? scaffoldedAt : now));
    const attempt: Attempt = {
      id: newAttemptId(),
      kind: 'exercise',
      questionId: result.exercise,
      at: new Date(now).toISOString(),
      durationMs: Math.max(0, sinceStart),
      allottedMs: question ? question.time * 1000 : undefined,
      outcome: result.passed ? 'passed' : 'failed',
      language: result.language,
      ...(result.passed ? { timeToGreenMs: Math.max(0, sinceStart) } : {}),
      ...(result.counts ? { casesPassed: result.counts.passed, casesTotal: result.counts.total - result.counts.skipped } : {}),
      ...(timed ? { sessionId: timed.sessionId, hintsUsed: timed.hintsUsed } : {}),
    };
    await this.attempts.record(attempt);
    if (timed && result.passed) this.timed.passed(result.folder, sinceStart, attempt);
  }

  private report(result: TestRunResult): void {
    const counts = result.counts && result.counts.total > 0 ? ` (${countsText(result.counts)})` : '';
    if (result.passed === undefined) {
      this.status.text = `$(question) ${result.exercise}: see terminal`;
      this.status.tooltip = 'The terminal has no shell integration, so the result could not be read.';
      void vscode.window.showWarningMessage(
        `Interview Prep: the tests for "${result.exercise}" ran, but this shell does not report exit codes. Read the result in the terminal, or enable terminal shell integration.`,
      );
      return;
    }
    this.status.text = result.passed ? `$(pass-filled) ${result.exercise}: tests passed${counts}` : `$(error) ${result.exercise}: tests failed${counts}`;
    this.status.tooltip = `${result.language} tests exited with code ${result.exitCode ?? 'unknown'}${result.note ? `. ${result.note}` : ''}`;
    this.status.backgroundColor = result.passed ? undefined : new vscode.ThemeColor('statusBarItem.errorBackground');
    const message = result.passed
      ? `Interview Prep: all tests passed for "${result.exercise}" (${result.language}).`
      : `Interview Prep: tests failed for "${result.exercise}" (${result.language}${counts ? `, ${countsText(result.counts!)}` : ''}, exit code ${result.exitCode ?? 'unknown'}).`;
    if (result.passed) void this.showPassed(message, result);
    else void vscode.window.showErrorMessage(message);
  }

  private async showPassed(message: string, result: TestRunResult): Promise<void> {
    // Listing the models can wait on a provider's activation: the notification never waits long for it.
    const offer = this.passOffer
      ? await Promise.race([this.passOffer.label().catch(() => undefined), new Promise<undefined>((resolve) => setTimeout(resolve, OFFER_WAIT_MS))])
      : undefined;
    const choice = await vscode.window.showInformationMessage(message, ...(offer ? [offer] : []));
    if (offer && choice === offer) await this.passOffer?.run(result);
  }
}
