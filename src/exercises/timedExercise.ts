// The timed exercise: scaffolds (or reopens) an exercise and counts its time limit down in the status
// bar until its tests pass; interview conditions are on while it runs.
import { formatClock } from '../bank/time';
import type { Language } from '../bank/model';
import { Disposable } from '../common/disposable';
import { StatusClock, type ClockFace } from '../common/statusClock';
import { Commands } from '../ids';
import type { BankService } from '../workspaceBanks/bankService';
import type { ExerciseScaffolder, ScaffoldResult } from './scaffolder';

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
  startedAt: number;
  endsAt: number;
}

export class TimedExercise extends Disposable {
  private timed: Timed | undefined;
  private readonly clock = this.register(new StatusClock('interviewPrep.exerciseTimer', 'Interview Prep exercise timer', 51, Commands.runExerciseTests));

  constructor(private readonly banks: BankService, private readonly scaffolder: ExerciseScaffolder, private readonly conditions: ExerciseConditions) {
    super();
    // Nothing is timed at start-up, so conditions still on were left by a crash or a closed window.
    void conditions.leave();
  }

  async start(arg?: unknown, language?: Language): Promise<ScaffoldResult | undefined> {
    const scaffolded = await this.scaffolder.scaffold(arg, language);
    if (!scaffolded) return undefined;
    const question = (await this.banks.index()).question(scaffolded.exercise);
    const limitMs = question ? question.time * 1000 : DEFAULT_LIMIT_MS;
    const now = Date.now();
    const timed: Timed = { exercise: scaffolded.exercise, folder: scaffolded.folder, startedAt: now, endsAt: now + limitMs };
    this.timed = timed;
    this.clock.run(() => face(timed, Date.now()));
    await this.conditions.enter(scaffolded.folder);
    return scaffolded;
  }

  /** When the timed exercise in `folder` started, if that is the one being timed. */
  startedAt(folder: string): number | undefined {
    return this.timed?.folder === folder ? this.timed.startedAt : undefined;
  }

  /** The tests in `folder` passed after `elapsedMs`: stops its clock, if it is the one being timed. */
  passed(folder: string, elapsedMs: number): void {
    if (this.timed?.folder !== folder) return;
    this.clock.finish({ text: `$(pass-filled) ${this.timed.exercise}: green in ${formatClock(elapsedMs)}`, tooltip: TOOLTIP }, GREEN_SHOWN_MS);
    this.timed = undefined;
    void this.conditions.leave();
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
