// A grade changed after the fact, in an append-only history: the change is its own record, naming the
// attempt it regrades (`regrades`) and carrying the new grade. It is not practice: the schedule and
// the statistics read the history with every regrade applied to the attempt it names. Pure.
import type { Attempt, RecallGrade } from './model';

/** A record that changes another attempt's grade rather than recording practice. */
export const isRegrade = (attempt: Attempt): boolean => attempt.regrades !== undefined;

/** The record that gives `attempt` the grade `grade` instead, made at `at`. */
export function regradeRecord(attempt: Attempt, grade: RecallGrade, id: string, at: Date): Attempt {
  return { id, kind: attempt.kind, questionId: attempt.questionId, at: at.toISOString(), durationMs: 0, grade, regrades: attempt.id };
}

/**
 * The history as practice: regrade records removed, each attempt carrying the grade of the latest
 * regrade naming it (by time, then id, so every machine agrees). A regrade naming an attempt that
 * is not in the history changes nothing. Returns the same array when it holds no regrade.
 */
export function applyRegrades(attempts: readonly Attempt[]): readonly Attempt[] {
  if (!attempts.some(isRegrade)) return attempts;
  const latest = new Map<string, Attempt>();
  for (const attempt of attempts) {
    if (!attempt.regrades || !attempt.grade) continue;
    const known = latest.get(attempt.regrades);
    if (!known || attempt.at > known.at || (attempt.at === known.at && attempt.id > known.id)) latest.set(attempt.regrades, attempt);
  }
  return attempts.flatMap((attempt) => {
    if (isRegrade(attempt)) return [];
    const regrade = latest.get(attempt.id);
    return regrade?.grade ? [{ ...attempt, grade: regrade.grade }] : [attempt];
  });
}
