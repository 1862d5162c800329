// The coding exercises as the commands see them. Each part lives in the file named for it:
// exercisePicks (which exercise), scaffolder (files in the workspace), testRunner (tests in the
// terminal), testingView (the Testing view), timedExercise (the clock), runOnSave; marker.ts is the
// folder's record.
import * as vscode from 'vscode';
import type { Language } from '../bank/model';
import { Disposable } from '../common/disposable';
import type { Attempt, AttemptRecorder } from '../progress/model';
import type { BankService } from '../workspaceBanks/bankService';
import type { ExerciseRunSummary } from '../tree/questionTree';
import { ExercisePicks, isQuestionNode, type PickPurpose, type ScaffoldedExercise } from './exercisePicks';
import { hasPassed, lastPassedLanguage } from './reSolve';
import { countsText } from './runReport';
import { RunOnSave } from './runOnSave';
import { ExerciseScaffolder, type ScaffoldResult } from './scaffolder';
import { ExerciseTestingView } from './testingView';
import { ExerciseTestRunner, type PassOffer, type RunnerPaths, type RunOptions, type TestRunResult } from './testRunner';
import { TimedExercise, type ExerciseConditions } from './timedExercise';

export type { ScaffoldResult, TestRunResult };

/** The history as the exercises need it: runs are recorded, and passes decide what comes back as a re-solve. */
export interface ExerciseHistory extends AttemptRecorder {
  practice(): Promise<readonly Attempt[]>;
}

export class ExerciseService extends Disposable {
  private readonly scaffolder: ExerciseScaffolder;
  private readonly timed: TimedExercise;
  private readonly runner: ExerciseTestRunner;
  private readonly runOnSave: RunOnSave;
  readonly testing: ExerciseTestingView;
  private readonly picks: ExercisePicks;

  constructor(
    globalState: vscode.Memento,
    private readonly banks: BankService,
    output: vscode.OutputChannel,
    private readonly history: ExerciseHistory,
    conditions: ExerciseConditions,
    paths: RunnerPaths,
    passOffer?: PassOffer,
  ) {
    super();
    this.picks = new ExercisePicks(globalState);
    const picks = this.picks;
    this.scaffolder = new ExerciseScaffolder(banks, output, picks);
    this.timed = this.register(new TimedExercise(banks, this.scaffolder, conditions, history));
    // The view runs tests through the runner, and the runner shows its runs in the view.
    this.testing = this.register(
      new ExerciseTestingView(
        (folder, language, options) => this.runner.runTests(folder, language, options),
        (folder, language, token) => this.runOnSave.watch(folder, language, token),
      ),
    );
    this.runner = this.register(new ExerciseTestRunner(banks, history, picks, this.timed, this.testing, paths, passOffer));
    this.runOnSave = this.register(new RunOnSave(this.runner));
  }

  /**
   * `arg` is an exercise id, a question id, or a tree node holding a question. An exercise passed
   * before comes back as a re-solve: the user is offered one (timed, from the stub, in a fresh
   * folder) or their earlier solution.
   */
  async scaffold(arg?: unknown, language?: Language): Promise<ScaffoldResult | undefined> {
    const id = await this.exerciseIdOf(arg);
    if (id && hasPassed(await this.history.practice(), id)) {
      const reSolve = 'Re-solve from the Stub (Timed)';
      const open = 'Open My Solution';
      const answer = await vscode.window.showInformationMessage(
        `You have passed "${id}" before. Re-solve it from the stub against the clock, in a fresh folder? Your earlier solution stays as it is.`,
        { modal: true },
        reSolve,
        open,
      );
      if (answer === reSolve) return this.reSolve(id, language);
      if (answer !== open) return undefined;
    }
    return this.shownInTesting(await this.scaffolder.scaffold(arg, language));
  }

  /** Scaffolds a passed exercise again from its stub into a fresh folder, timed, in the language it last passed in. */
  async reSolve(arg?: unknown, language?: Language): Promise<ScaffoldResult | undefined> {
    const practice = await this.history.practice();
    return this.shownInTesting(await this.timed.reSolve(arg, (id) => language ?? lastPassedLanguage(practice, id)));
  }

  /** Shows the timed exercise's next hint, counted in its grade. */
  showHint(): Promise<void> {
    return this.timed.showHint();
  }

  /** The exercise an argument names without asking: an id, or a question node with an exercise. */
  private async exerciseIdOf(arg: unknown): Promise<string | undefined> {
    const index = await this.banks.index();
    const id = typeof arg === 'string' ? arg : isQuestionNode(arg) ? arg.question.exercise : undefined;
    return id !== undefined ? (index.exercise(id)?.id ?? index.question(id)?.exercise) : undefined;
  }

  /** `arg` is a scaffolded folder, a file in one, an exercise or question id, or a question node; else the editor's. */
  runTests(arg?: unknown, language?: Language, options?: RunOptions): Promise<TestRunResult | undefined> {
    return this.runner.runTests(arg, language, options);
  }

  /** The scaffolded exercise `arg` names (a folder, a file in one, an id), or the active editor's, or the user's pick. */
  scaffolded(arg?: unknown, language?: Language, purpose?: PickPurpose): Promise<ScaffoldedExercise | undefined> {
    return this.picks.scaffolded(arg, language, purpose);
  }

  /** The practice history, oldest first. */
  practice(): Promise<readonly Attempt[]> {
    return this.history.practice();
  }

  /** Scaffolds (or reopens) an exercise and counts its time limit down in the status bar until the tests pass. */
  async startTimed(arg?: unknown, language?: Language): Promise<ScaffoldResult | undefined> {
    return this.shownInTesting(await this.timed.start(arg, language));
  }

  /** A folder this extension just wrote goes into the Testing view at once, not when a file watcher reports it. */
  private async shownInTesting(result: ScaffoldResult | undefined): Promise<ScaffoldResult | undefined> {
    if (result) await this.testing.refresh(result.folder);
    return result;
  }

  /** Puts the scaffolded files back to the stub, after asking, keeping the user's files in a backup folder. */
  resetExercise(arg?: unknown): Promise<string | undefined> {
    return this.scaffolder.reset(arg);
  }

  /** The last result per exercise id. */
  lastResult(exerciseId: string): TestRunResult | undefined {
    return this.runner.lastResult(exerciseId);
  }

  /** The last result as the tree shows it: passed or not, and "5/7 passing" when the cases were counted. */
  lastRunSummary(exerciseId: string): ExerciseRunSummary | undefined {
    const result = this.runner.lastResult(exerciseId);
    if (!result) return undefined;
    return { passed: result.passed, ...(result.counts && result.counts.total > result.counts.skipped ? { counts: countsText(result.counts) } : {}) };
  }
}
