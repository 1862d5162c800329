// What you will still remember on the interview day: each question's predicted recall at the
// interview, from its FSRS card, and the means per role and topic the dashboard shows. Pure, and
// the result is plain JSON (it is posted to the dashboard webview as is).
import type { Card } from 'ts-fsrs';
import type { Question } from '../bank/model';
import type { Attempt } from './model';
import { retrievabilityAt } from './scheduler';
import { compareText, dayNumber, readinessOf, ROLLING_ATTEMPTS, type Readiness } from './stats';

/**
 * The recall assumed for a question never reviewed (no card, or a card still new): a prior, not a
 * measurement. FSRS itself says nothing about a card before its first review (ts-fsrs gives 0); 0
 * would claim that someone preparing for the role knows none of it, 1 that they know all of it. We
 * take 0.25: a candidate with the role's background can answer about one unseen question in four
 * well enough. Every figure that mixes unseen and practised questions depends on this number; the
 * dashboard says how many of each a mean covers.
 */
export const UNSEEN_RECALL = 0.25;

/** Recall is predicted for 09:00 local time on the interview day. */
export const INTERVIEW_HOUR = 9;

/** Below this predicted recall a question counts as weak on the day. */
export const WEAK_RECALL = 0.7;

/** How many topics the dashboard lists as weakest, and how many questions their drill asks. */
export const WEAKEST_TOPICS = 3;
export const WEAKEST_QUESTIONS = 10;

/** The instant recall is predicted for: INTERVIEW_HOUR on `date`, local time. `offsetMinutes` is as Date#getTimezoneOffset gives it. */
export function interviewMoment(date: string, offsetMinutes: number): Date {
  return new Date(dayNumber(date) * 86_400_000 + INTERVIEW_HOUR * 3_600_000 + offsetMinutes * 60_000);
}

/** INTERVIEW_HOUR on `date` in this machine's time zone as it will be that day (daylight saving included). */
export function localInterviewMoment(date: string): Date {
  dayNumber(date);
  const moment = new Date(`${date}T00:00:00`);
  moment.setHours(INTERVIEW_HOUR);
  return moment;
}

/** A question's predicted recall at `at`: its card's retrievability, or UNSEEN_RECALL when it was never reviewed. */
export function predictedRecall(card: Card | undefined, at: Date): number {
  return retrievabilityAt(card, at) ?? UNSEEN_RECALL;
}

export interface RecallRow {
  /** A role or a topic. */
  name: string;
  questions: number;
  /** Questions with at least one review (the rest count at UNSEEN_RECALL). */
  practised: number;
  /** Mean predicted recall on the day, 0-1, two decimals. */
  recall: number;
  /** Questions predicted below WEAK_RECALL. */
  weak: number;
  /** The self-assessment beside it: mean of the latest ROLLING_ATTEMPTS scores (0-10) on the group's questions, with its readiness band. */
  score: { average: number; count: number; band: Readiness } | null;
}

export interface RecallForecast {
  interviewDate: string;
  /** ISO instant the recall is predicted for. */
  at: string;
  /** Roles the forecast covers (the plan's); empty means every role. */
  roles: string[];
  overall: RecallRow;
  byRole: RecallRow[];
  byTopic: RecallRow[];
  /** Up to WEAKEST_TOPICS topic names, lowest recall first. */
  weakestTopics: string[];
  /** Up to WEAKEST_QUESTIONS of those topics' questions, lowest recall first: what "drill these" asks. */
  weakestQuestionIds: string[];
}

export interface ForecastInput {
  questions: readonly Question[];
  cards: ReadonlyMap<string, Card>;
  /** For the self-assessed scores: attempts after `now` and reset markers are left out. */
  attempts: readonly Attempt[];
  roles: readonly string[];
  interviewDate: string;
  /** The instant to predict for (see interviewMoment). */
  at: Date;
  now: Date;
}

/** Predicted recall of every question of the roles on the interview day, with its means per role and topic. */
export function forecastRecall(input: ForecastInput): RecallForecast {
  const roles = new Set(input.roles);
  const seen = new Set<string>();
  const questions = input.questions.filter((question) => {
    if (seen.has(question.id) || (roles.size > 0 && !question.roles.some((role) => roles.has(role)))) return false;
    seen.add(question.id);
    return true;
  });
  const recall = new Map(questions.map((question) => [question.id, predictedRecall(input.cards.get(question.id), input.at)]));
  const practised = new Set(
    questions.filter((question) => retrievabilityAt(input.cards.get(question.id), input.at) !== undefined).map((question) => question.id),
  );
  const scores = scoresByQuestion(input.attempts, input.now);

  const row = (name: string, members: readonly Question[]): RecallRow => {
    const values = members.map((question) => recall.get(question.id)!);
    const latest = members
      .flatMap((question) => scores.get(question.id) ?? [])
      .sort((a, b) => a.at - b.at || compareText(a.id, b.id))
      .slice(-ROLLING_ATTEMPTS)
      .map((entry) => entry.score);
    const average = latest.length > 0 ? mean(latest) : undefined;
    return {
      name,
      questions: members.length,
      practised: members.filter((question) => practised.has(question.id)).length,
      recall: members.length > 0 ? round2(mean(values)) : 0,
      weak: values.filter((value) => value < WEAK_RECALL).length,
      score: average === undefined ? null : { average: Math.round(average * 10) / 10, count: latest.length, band: readinessOf(average) },
    };
  };
  const grouped = (groupsOf: (question: Question) => readonly string[]) => {
    const groups = new Map<string, Question[]>();
    for (const question of questions) for (const name of new Set(groupsOf(question))) groups.set(name, [...(groups.get(name) ?? []), question]);
    return [...groups]
      .map(([name, members]) => row(name, members))
      .sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.name, b.name));
  };
  const byTopic = grouped((question) => [question.topic]);
  const weakestTopics = [...byTopic]
    .sort((a, b) => a.recall - b.recall || compareText(a.name, b.name))
    .slice(0, WEAKEST_TOPICS)
    .map((topic) => topic.name);
  const inWeakest = new Set(weakestTopics);
  const weakestQuestionIds = questions
    .filter((question) => inWeakest.has(question.topic))
    .sort((a, b) => recall.get(a.id)! - recall.get(b.id)! || compareText(a.id, b.id))
    .slice(0, WEAKEST_QUESTIONS)
    .map((question) => question.id);
  return {
    interviewDate: input.interviewDate,
    at: input.at.toISOString(),
    roles: [...input.roles],
    overall: row('All questions', questions),
    byRole: grouped((question) => (roles.size > 0 ? question.roles.filter((role) => roles.has(role)) : question.roles)),
    byTopic,
    weakestTopics,
    weakestQuestionIds,
  };
}

/** Mean predicted recall of `ids` at `at` (UNSEEN_RECALL for those never reviewed); 0 for none. */
export function meanRecall(ids: Iterable<string>, cards: ReadonlyMap<string, Card>, at: Date): number {
  const values = [...ids].map((id) => predictedRecall(cards.get(id), at));
  return values.length > 0 ? mean(values) : 0;
}

function scoresByQuestion(attempts: readonly Attempt[], now: Date): Map<string, { at: number; id: string; score: number }[]> {
  const byQuestion = new Map<string, { at: number; id: string; score: number }[]>();
  for (const attempt of attempts) {
    const at = Date.parse(attempt.at);
    if (attempt.outcome === 'reset' || attempt.score === undefined || !Number.isFinite(at) || at > now.getTime()) continue;
    byQuestion.set(attempt.questionId, [...(byQuestion.get(attempt.questionId) ?? []), { at, id: attempt.id, score: attempt.score }]);
  }
  return byQuestion;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const round2 = (value: number) => Math.round(value * 100) / 100;
