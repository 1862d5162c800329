// A timed drill: questions asked one after another against a session budget, with skip and
// come back. Pure state transitions; the host keeps the state and the webview draws it.
import type { Question } from '../bank/model';
import type { ReviewStatus } from '../progress/model';

export interface SessionResult {
  questionId: string;
  score?: number;
  grade?: string;
  durationMs: number;
  allottedMs: number;
  skipped?: boolean;
}

export interface DrillSession {
  id: string;
  title: string;
  questionIds: string[];
  /** Index into questionIds of the question on screen. */
  index: number;
  results: Record<string, SessionResult>;
  budgetMs: number;
  startedAt: number;
  /** Absolute end of the session budget (the session clock never pauses). */
  endsAt: number;
  ended?: number;
}

export function createSession(id: string, title: string, questionIds: string[], budgetMs: number, now: number): DrillSession {
  if (questionIds.length === 0) throw new Error('a drill needs at least one question');
  return { id, title, questionIds: [...questionIds], index: 0, results: {}, budgetMs, startedAt: now, endsAt: now + budgetMs };
}

export function currentId(session: DrillSession): string {
  return session.questionIds[session.index];
}

export function isAnswered(session: DrillSession, questionId: string): boolean {
  const result = session.results[questionId];
  return result !== undefined && !result.skipped;
}

/** Records the current question's result and moves on to the next unanswered one. */
export function recordResult(session: DrillSession, result: SessionResult): DrillSession {
  return moveToNextOpen({ ...session, results: { ...session.results, [result.questionId]: result } });
}

/** Leaves the current question for later: it comes back after the others. */
export function skip(session: DrillSession, durationMs: number, allottedMs: number): DrillSession {
  const id = currentId(session);
  const results = isAnswered(session, id) ? session.results : { ...session.results, [id]: { questionId: id, durationMs, allottedMs, skipped: true } };
  return moveToNextOpen({ ...session, results });
}

export function goTo(session: DrillSession, index: number): DrillSession {
  if (index < 0 || index >= session.questionIds.length) return session;
  return { ...session, index };
}

export function end(session: DrillSession, now: number): DrillSession {
  return { ...session, ended: session.ended ?? now };
}

export function isFinished(session: DrillSession): boolean {
  return session.ended !== undefined || session.questionIds.every((id) => isAnswered(session, id));
}

/** The next question without an answer, looking forward first, then wrapping to skipped ones. */
function moveToNextOpen(session: DrillSession): DrillSession {
  const count = session.questionIds.length;
  for (let step = 1; step <= count; step++) {
    const index = (session.index + step) % count;
    if (!isAnswered(session, session.questionIds[index])) return { ...session, index };
  }
  return session;
}

export interface SessionSummary {
  total: number;
  answered: number;
  skipped: number;
  averageScore?: number;
  timeUsedMs: number;
  allottedMs: number;
  overBudget: boolean;
}

export function summarize(session: DrillSession, now: number): SessionSummary {
  const results = Object.values(session.results);
  const answered = results.filter((result) => !result.skipped);
  const scores = answered.map((result) => result.score).filter((score): score is number => score !== undefined);
  const endTime = session.ended ?? now;
  return {
    total: session.questionIds.length,
    answered: answered.length,
    skipped: session.questionIds.length - answered.length,
    averageScore: scores.length ? Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10 : undefined,
    timeUsedMs: endTime - session.startedAt,
    allottedMs: session.budgetMs,
    overBudget: endTime > session.endsAt,
  };
}

export function isSession(value: unknown): value is DrillSession {
  const session = value as DrillSession;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof session.id === 'string' &&
    Array.isArray(session.questionIds) &&
    session.questionIds.length > 0 &&
    Number.isInteger(session.index) &&
    typeof session.results === 'object' &&
    Number.isFinite(session.endsAt)
  );
}

/** A drill's budget: the time each of its questions allots, added up. */
export function budgetFor(questions: readonly Question[]): number {
  return questions.reduce((sum, question) => sum + question.time, 0) * 1000;
}

/** Picks up to `count` questions, due ones first, then new, then the rest, shuffled within each. */
export function chooseQuestions(
  questions: readonly Question[],
  count: number,
  statusOf: (question: Question) => ReviewStatus,
  random: () => number = Math.random,
): Question[] {
  const rank: Record<ReviewStatus, number> = { due: 0, new: 1, learning: 2, mastered: 3 };
  return questions
    .map((question) => ({ question, key: rank[statusOf(question)] + random() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .map((entry) => entry.question);
}
