// What the @interviewer chat participant writes, and the quiz it keeps between chat turns. Chat
// replies are markdown: every piece of text from a bank or a model is escaped first, so none of it can
// become a link, an image, markup or a command button. Pure.
import type { Question } from '../bank/model';
import type { Grading } from './grading';
import { gradeForScore } from './grading';

/** Questions in one quick round. */
export const QUIZ_LENGTH = 3;

/** Escapes markdown, math and HTML syntax: the text shows as written, and nothing in it is followed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&$]/g, (char) => `\\${char}`).replace(/\r?\n/g, '  \n');
}

/**
 * A piece of a model's explanation, as it streams in: escaped like everything else, so that the pieces
 * joined read as the whole reply escaped (carriage returns are dropped, so a CR LF split between two
 * pieces cannot leave a stray one).
 */
export function explanationText(chunk: string): string {
  return escapeMarkdown(chunk.replace(/\r/g, ''));
}

export interface QuizState {
  topic: string;
  questionIds: string[];
  /** The question waiting for an answer. */
  index: number;
  /** Scores so far, in order; undefined for a skipped question. */
  scores: (number | null)[];
}

export function readQuiz(value: unknown): QuizState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const quiz = (value as { quiz?: unknown }).quiz as Record<string, unknown> | undefined;
  if (typeof quiz !== 'object' || quiz === null) return undefined;
  const { topic, questionIds, index, scores } = quiz;
  if (typeof topic !== 'string' || !Array.isArray(questionIds) || !questionIds.every((id) => typeof id === 'string') || questionIds.length > QUIZ_LENGTH)
    return undefined;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= questionIds.length) return undefined;
  if (!Array.isArray(scores) || scores.length !== index || !scores.every((score) => score === null || (Number.isInteger(score) && score >= 0 && score <= 10)))
    return undefined;
  return { topic, questionIds: questionIds as string[], index: index as number, scores: scores as (number | null)[] };
}

/** The topic that `query` names (case and spacing aside; a unique prefix will do), if any. */
export function findTopic(topics: readonly string[], query: string): string | undefined {
  const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const wanted = normal(query);
  if (wanted === '') return undefined;
  const exact = topics.find((topic) => normal(topic) === wanted);
  if (exact) return exact;
  const prefixed = topics.filter((topic) => normal(topic).startsWith(wanted));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** Questions a chat round can ask and grade: not coding exercises, and with something to grade against. */
export function quizzable(questions: readonly Question[], topic: string): Question[] {
  return questions.filter((question) => question.topic === topic && !question.exercise && question.kind !== 'coding');
}

export function questionMarkdown(question: Pick<Question, 'title' | 'topic' | 'difficulty' | 'time'>, prompt: string, position: number, total: number): string {
  return `**Question ${position} of ${total}:** ${escapeMarkdown(question.title)} (${escapeMarkdown(question.topic)}, ${question.difficulty}, about ${Math.max(1, Math.round(question.time / 60))} min)\n\n${escapeMarkdown(prompt.trim())}\n\nAnswer in your next message, or say *skip*.`;
}

const GRADE_NAMES = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' } as const;
const VERDICT_NAMES = { covered: 'covered', partly: 'partly covered', missed: 'missed' } as const;

/** A grading as chat markdown: the score, the grade the rule gives, each point with its reason. */
export function gradingMarkdown(grading: Grading, evaluation: readonly string[], model: string): string {
  const points = grading.points.map((point) => {
    const quote = point.quote ? ` “${escapeMarkdown(point.quote)}”` : '';
    return `- **${VERDICT_NAMES[point.verdict]}**: ${escapeMarkdown(evaluation[point.point - 1] ?? `point ${point.point}`)}. ${escapeMarkdown(point.reason)}${quote}`;
  });
  return [
    `**${grading.score}/10** (${grading.band}), so **${GRADE_NAMES[gradeForScore(grading.score)]}**, suggested by ${escapeMarkdown(model)}.`,
    '',
    ...points,
    '',
    `A follow-up an interviewer might ask: *${escapeMarkdown(grading.followUp)}*`,
  ].join('\n');
}
