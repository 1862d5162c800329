// Exercises come back: a passed exercise's review is a timed re-solve from the stub, in a fresh
// folder beside the old one (which stays as it is). What that needs from the history and the disk,
// as pure functions.
import { isLanguage, type Language } from '../bank/model';
import type { Attempt } from '../progress/model';

const isPass = (attempt: Attempt, exerciseId: string) => attempt.kind === 'exercise' && attempt.questionId === exerciseId && attempt.outcome === 'passed';

/** The passing runs of `exerciseId`, most recent first. */
function passes(attempts: readonly Attempt[], exerciseId: string): Attempt[] {
  return attempts.filter((attempt) => isPass(attempt, exerciseId)).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** True once the exercise has passed its tests at least once: from then on it comes back as a re-solve. */
export function hasPassed(attempts: readonly Attempt[], exerciseId: string): boolean {
  return attempts.some((attempt) => isPass(attempt, exerciseId));
}

/** The language the exercise last passed in, which its re-solve uses unless the user picks another. */
export function lastPassedLanguage(attempts: readonly Attempt[], exerciseId: string): Language | undefined {
  const language = passes(attempts, exerciseId).find((attempt) => attempt.language !== undefined)?.language;
  return language !== undefined && isLanguage(language) ? language : undefined;
}

/**
 * The folder name of a re-solve on local day `day` (YYYY-MM-DD): `<id>-re-solve-<day>`, then `-2`,
 * `-3`… when that name is taken, so a second re-solve the same day never lands in the first one.
 */
export function reSolveFolderName(exerciseId: string, day: string, taken: (name: string) => boolean): string {
  const base = `${exerciseId}-re-solve-${day}`;
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    if (!taken(`${base}-${n}`)) return `${base}-${n}`;
  }
}
