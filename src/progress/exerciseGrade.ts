// How an exercise run becomes a review grade: the fixed rule the README documents. Pure.
//
// - A failed run is Again, except inside a timed exercise (the run carries the session id of its
//   clock) before the time is up: trying the tests while solving is not a review. A failing run
//   after the time limit is Again, so a re-solve never finished still counts against the card.
// - A pass is graded by its time to green against the time allotted: within half the time Easy,
//   within the time Good, over it Hard. A pass with no timing to compare is Good.
// - Each hint used lowers a pass one step (Easy → Good → Hard), never below Hard: a pass is a pass.
// - The user may change the grade afterwards: a later record that regrades the run (regrade.ts).
import type { Attempt, RecallGrade } from './model';

/** Where a time to green falls against the time allotted: the one place the rule's thresholds live. */
type TimeBand = 'no limit' | 'half' | 'within' | 'over';
function timeBand(timeToGreenMs: number | undefined, allottedMs: number | undefined): TimeBand {
  if (timeToGreenMs === undefined || allottedMs === undefined || !(allottedMs > 0)) return 'no limit';
  if (timeToGreenMs <= allottedMs / 2) return 'half';
  return timeToGreenMs <= allottedMs ? 'within' : 'over';
}

/** The grade of a passing run before hints: a pass with no timing to compare is Good. */
const TIME_GRADES: Readonly<Record<TimeBand, RecallGrade>> = { 'no limit': 'good', half: 'easy', within: 'good', over: 'hard' };
const TIME_WORDS: Readonly<Record<TimeBand, string>> = {
  'no limit': 'no time limit',
  half: 'within half the time',
  within: 'within the time',
  over: 'over the time',
};

const LOWER: Readonly<Record<RecallGrade, RecallGrade>> = { easy: 'good', good: 'hard', hard: 'hard', again: 'again' };

/** The recall grade of an exercise run by the rule above. */
export function gradeForExercise(outcome: 'passed' | 'failed', timeToGreenMs: number | undefined, allottedMs: number | undefined, hintsUsed = 0): RecallGrade {
  if (outcome !== 'passed') return 'again';
  let grade = TIME_GRADES[timeBand(timeToGreenMs, allottedMs)];
  for (let hint = 0; hint < hintsUsed && grade !== 'hard'; hint++) grade = LOWER[grade];
  return grade;
}

/** A failing run made while a timed exercise's clock was still running: not a review. */
export function isTryWhileSolving(attempt: Attempt): boolean {
  return (
    attempt.kind === 'exercise' &&
    attempt.outcome === 'failed' &&
    attempt.sessionId !== undefined &&
    attempt.allottedMs !== undefined &&
    attempt.durationMs <= attempt.allottedMs
  );
}

/** The grade an exercise run earns by the rule, or undefined when the run is not a review. */
export function exerciseRunGrade(attempt: Attempt): RecallGrade | undefined {
  if (attempt.kind !== 'exercise' || (attempt.outcome !== 'passed' && attempt.outcome !== 'failed')) return undefined;
  if (isTryWhileSolving(attempt)) return undefined;
  return gradeForExercise(attempt.outcome, attempt.timeToGreenMs ?? attempt.durationMs, attempt.allottedMs, attempt.hintsUsed ?? 0);
}

/** One line saying why a run got its grade, for the message shown at green. */
export function explainExerciseGrade(timeToGreenMs: number, allottedMs: number | undefined, hintsUsed: number): string {
  const time = TIME_WORDS[timeBand(timeToGreenMs, allottedMs)];
  return hintsUsed > 0 ? `${time}, ${hintsUsed} hint${hintsUsed === 1 ? '' : 's'} (each lowers it a step, not below Hard)` : time;
}
