// Spaced repetition over the attempt history: one FSRS card per question, rebuilt by replaying its
// graded attempts, so the schedule is never stored and can never disagree with the log.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { exerciseRunGrade } from './exerciseGrade';
import type { Attempt, RecallGrade, ReviewStatus } from './model';
import { applyRegrades } from './regrade';

/** FSRS stability is the interval after which recall falls to 90%; three weeks of it counts as mastered. */
export const MASTERED_STABILITY_DAYS = 21;

// Fuzz off: every window must derive the same schedule from the same history.
const scheduler = fsrs({ enable_fuzz: false });

const RATINGS: Readonly<Record<RecallGrade, Grade>> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/** The attempt's own grade; for an exercise run without one, the grade the rule gives it (exerciseGrade.ts). */
export function gradeOf(attempt: Attempt): RecallGrade | undefined {
  return attempt.grade ?? exerciseRunGrade(attempt);
}

/** Cards by question id, from the graded attempts made up to `now` (regrades applied), replayed in time order. */
export function buildCards(attempts: readonly Attempt[], now: Date): Map<string, Card> {
  const reviews = applyRegrades(attempts)
    .flatMap((attempt) => {
      const grade: RecallGrade | 'reset' | undefined = attempt.outcome === 'reset' ? 'reset' : gradeOf(attempt);
      const at = Date.parse(attempt.at);
      return grade && Number.isFinite(at) && at <= now.getTime() ? [{ questionId: attempt.questionId, id: attempt.id, grade, at }] : [];
    })
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cards = new Map<string, Card>();
  for (const review of reviews) {
    if (review.grade === 'reset') {
      cards.delete(review.questionId);
      continue;
    }
    cards.set(review.questionId, reviewCard(cards.get(review.questionId), new Date(review.at), review.grade));
  }
  return cards;
}

/** The card after one review graded `grade` at `at`; a question never reviewed starts from an empty card. */
export function reviewCard(card: Card | undefined, at: Date, grade: RecallGrade): Card {
  return scheduler.next(card ?? createEmptyCard<Card>(at), at, RATINGS[grade]).card;
}

const DAY_MS = 86_400_000;

/**
 * FSRS retrievability of a card at `at`, 0-1: the probability of recalling it then, from its
 * stability and the time since its last review, by ts-fsrs's forgetting curve. Undefined for a
 * question never reviewed. Elapsed time counts in fractions of a day: ts-fsrs's get_retrievability
 * floors it to whole days, which would call a review at 23:00 fresh at 09:00 two days later.
 */
export function retrievabilityAt(card: Card | undefined, at: Date): number | undefined {
  if (!card || card.state === State.New || !card.last_review) return undefined;
  const elapsedDays = Math.max(0, (at.getTime() - card.last_review.getTime()) / DAY_MS);
  return scheduler.forgetting_curve(elapsedDays, card.stability);
}

export function statusOf(card: Card | undefined, now: Date): ReviewStatus {
  if (!card || card.state === State.New) return 'new';
  if (card.due.getTime() <= now.getTime()) return 'due';
  if (card.state === State.Review && card.stability >= MASTERED_STABILITY_DAYS) return 'mastered';
  return 'learning';
}

/** Due question ids, most overdue first. */
export function dueQuestionIds(cards: ReadonlyMap<string, Card>, now: Date): string[] {
  return [...cards]
    .filter(([, card]) => statusOf(card, now) === 'due')
    .sort(([a, cardA], [b, cardB]) => cardA.due.getTime() - cardB.due.getTime() || (a < b ? -1 : a > b ? 1 : 0))
    .map(([id]) => id);
}
