// The timed exercise: scaffolds (or reopens) an exercise and counts its time limit down in the status
// bar until its tests pass; interview conditions are on while it runs. A re-solve is the same, from
// the stub in a fresh folder. Its hints are shown one at a time and counted, and at green the grade
// the rule gives (exerciseGrade.ts) is said, with a way to change it.
import * as vscode from 'vscode';
import { formatClock } from '../bank/time';
import type { Language } from '../bank/model';
import { Disposable } from '../common/disposable';
import { StatusClock, type ClockFace } from '../common/statusClock';
import { Commands } from '../ids';
import type { BankService } from '../workspaceBanks/bankService';
import { explainExerciseGrade, gradeForExercise } from '../progress/exerciseGrade';
import { newAttemptId, RECALL_GRADES, type Attempt, type AttemptRecorder, type RecallGrade } from '../progress/model';
import { regradeRecord } from '../progress/regrade';
import type { ExerciseScaffolder, ScaffoldResult } from './scaffolder';
import { exerciseDetail } from './scaffoldFiles';

/** The limit when the question gives none. */
const DEFAULT_LIMIT_MS = 30 * 60_000;
/** How long "green in 12:34" stays in the status bar. */
const GREEN_SHOWN_MS = 15_000;
const TOOLTIP = 'Timed exercise: stops when the tests pass. Click to run the tests.';

/** Interview conditions (completions off while solving); see interviewConditions.ts. */
export interface ExerciseConditions {
  enter(folder: string): Promise<void>;
  leave(): Promise<void>;
}

interface Timed {
  exercise: string;
  folder: string;
  /** The session id its runs carry, so a failing run before the time is up is not graded (exerciseGrade.ts). */
  sessionId: string;
  startedAt: number;
  endsAt: number;
  limitMs: number;
  /** The exercise's hints, shown one at a time by Show Exercise Hint; how many were shown. */
  hints: string[];
  hintsUsed: number;
  reSolve: boolean;
}

/** What a test run of the timed exercise records with its attempt. */
export interface TimedSession {
  sessionId: string;
  startedAt: number;
  hintsUsed: number;
}

const GRADE_NAMES: Readonly<Record<RecallGrade, string>> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

export class TimedExercise extends Disposable {
  private timed: Timed | undefined;
  private readonly clock = this.register(new StatusClock('interviewPrep.exerciseTimer', 'Interview Prep exercise timer', 51, Commands.runExerciseTests));

  constructor(
    private readonly banks: BankService,
    private readonly scaffolder: ExerciseScaffolder,
    private readonly conditions: ExerciseConditions,
    private readonly attempts: AttemptRecorder,
  ) {
    super();
    // Nothing is timed at start-up, so conditions still on were left by a crash or a closed window.
    void conditions.leave();
  }

  /** Scaffolds (or reopens) the exercise and starts its clock. */
  async start(arg?: unknown, language?: Language): Promise<ScaffoldResult | undefined> {
    const scaffolded = await this.scaffolder.scaffold(arg, language);
    return scaffolded && this.time(scaffolded, false);
  }

  /** Scaffolds the exercise from its stub into a fresh folder and starts its clock: a re-solve. */
  async reSolve(arg: unknown, preferred: (exerciseId: string) => Language | undefined): Promise<ScaffoldResult | undefined> {
    const scaffolded = await this.scaffolder.scaffoldFresh(arg, preferred);
    return scaffolded && this.time(scaffolded, true);
  }

  private async time(scaffolded: ScaffoldResult, reSolve: boolean): Promise<ScaffoldResult> {
    const index = await this.banks.index();
    const question = index.question(scaffolded.exercise);
    const exercise = index.exercise(scaffolded.exercise);
    const hints = exercise ? ((await exerciseDetail(exercise).catch(() => undefined))?.hints ?? []) : [];
    const limitMs = question ? question.time * 1000 : DEFAULT_LIMIT_MS;
    const now = Date.now();
    const timed: Timed = {
      exercise: scaffolded.exercise,
      folder: scaffolded.folder,
      sessionId: newAttemptId(),
      startedAt: now,
      endsAt: now + limitMs,
      limitMs,
      hints,
      hintsUsed: 0,
      reSolve,
    };
    this.timed = timed;
    this.clock.run(() => face(timed, Date.now()));
    await this.conditions.enter(scaffolded.folder);
    return scaffolded;
  }

  /** The timed exercise in `folder`, if that is the one being timed. */
  session(folder: string): TimedSession | undefined {
    const timed = this.timed;
    return timed?.folder === folder ? { sessionId: timed.sessionId, startedAt: timed.startedAt, hintsUsed: timed.hintsUsed } : undefined;
  }

  /** Shows the timed exercise's next hint and counts it: each one lowers the grade a step. */
  async showHint(): Promise<void> {
    const timed = this.timed;
    if (!timed) {
      void vscode.window.showInformationMessage(
        'Interview Prep: no exercise is timed now. Hints are counted in a timed exercise or re-solve; an exercise scaffolded untimed has its hints in its README.',
      );
      return;
    }
    if (timed.hintsUsed >= timed.hints.length) {
      void vscode.window.showInformationMessage(
        timed.hints.length
          ? `Interview Prep: that was the last of ${timed.exercise}'s ${timed.hints.length} hints.`
          : `Interview Prep: ${timed.exercise} has no hints.`,
      );
      return;
    }
    const hint = timed.hints[timed.hintsUsed];
    timed.hintsUsed += 1;
    // A notification shows text as it is, never as markdown or HTML: bank text stays data.
    await vscode.window.showInformationMessage(`Hint ${timed.hintsUsed} of ${timed.hints.length} for ${timed.exercise}: ${hint}`, {
      modal: true,
      detail: 'Each hint used lowers the grade of this exercise a step (not below Hard).',
    });
  }

  /**
   * The tests in `folder` passed after `elapsedMs` and `attempt` was recorded: stops its clock, if it
   * is the one being timed, and says the grade the rule gave, which the user may change.
   */
  passed(folder: string, elapsedMs: number, attempt: Attempt): void {
    const timed = this.timed;
    if (timed?.folder !== folder) return;
    this.clock.finish({ text: `$(pass-filled) ${timed.exercise}: green in ${formatClock(elapsedMs)}`, tooltip: TOOLTIP }, GREEN_SHOWN_MS);
    this.timed = undefined;
    void this.conditions.leave();
    void this.offerRegrade(timed, elapsedMs, attempt);
  }

  private async offerRegrade(timed: Timed, elapsedMs: number, attempt: Attempt): Promise<void> {
    const grade = gradeForExercise('passed', elapsedMs, timed.limitMs, timed.hintsUsed);
    const change = 'Change Grade…';
    const what = timed.reSolve ? 'Re-solved' : 'Solved';
    const answer = await vscode.window.showInformationMessage(
      `Interview Prep: ${what} ${timed.exercise} in ${formatClock(elapsedMs)}: graded ${GRADE_NAMES[grade]} (${explainExerciseGrade(elapsedMs, timed.limitMs, timed.hintsUsed)}).`,
      change,
    );
    if (answer !== change) return;
    const picked = await vscode.window.showQuickPick(
      RECALL_GRADES.map((value) => ({ label: GRADE_NAMES[value], description: value === grade ? "the rule's grade" : undefined, value })),
      { title: `How well did you recall ${timed.exercise}?`, placeHolder: 'The grade decides when the exercise comes back' },
    );
    if (!picked || picked.value === grade) return;
    await this.attempts.record(regradeRecord(attempt, picked.value, newAttemptId(), new Date()));
  }
}

function face(timed: Timed, now: number): ClockFace {
  const left = timed.endsAt - now;
  return {
    text: `$(watch) ${timed.exercise} · ${formatClock(left)} ${left < 0 ? 'over' : 'left'}`,
    tooltip: TOOLTIP,
    alert: left <= 0 ? 'error' : left <= 60_000 ? 'warning' : undefined,
  };
}
