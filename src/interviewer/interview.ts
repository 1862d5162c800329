// A conversation with the interviewer about one draft: the latest grading, the follow-up questions
// asked and answered, and the one waiting for an answer. Kept with the draft (drill/workStore.ts), so it
// survives hiding and reloading the panel; recorded with the attempt as plain text. Pure.
import type { Grading } from './grading';
import { validateGrading } from './reply';

/** Follow-ups asked in one conversation at most: the question's own first, then the interviewer's. */
export const MAX_TURNS = 3;

/** Who wrote a follow-up question: the bank's author (the question's Follow-ups), or the model. */
export type TurnSource = 'question' | 'interviewer';

export interface Turn {
  question: string;
  from: TurnSource;
  answer: string;
}

export interface InterviewRecord {
  /** The model that graded, as shown to the user, e.g. "GPT-4o (copilot/gpt-4o)". */
  model: string;
  grading: Grading;
  /** ISO time of the grading. */
  gradedAt: string;
  /** Follow-ups answered, oldest first. */
  turns: Turn[];
  /** The follow-up asked and not answered yet, with what the candidate has typed so far. */
  pending?: Turn;
}

const MAX_TEXT = 40_000;

/** The next follow-up: the question's own, in order, then the model's; none once MAX_TURNS are answered. */
export function nextFollowUp(record: Pick<InterviewRecord, 'grading' | 'turns'>, bankFollowUps: readonly string[]): Turn | undefined {
  if (record.turns.length >= MAX_TURNS) return undefined;
  const asked = new Set(record.turns.map((turn) => normal(turn.question)));
  const own = bankFollowUps.find((question) => question.trim() !== '' && !asked.has(normal(question)));
  if (own !== undefined) return { question: own, from: 'question', answer: '' };
  const model = record.grading.followUp;
  return asked.has(normal(model)) ? undefined : { question: model, from: 'interviewer', answer: '' };
}

/** The follow-up exchange as plain text, for the attempt record and exports. */
export function transcript(turns: readonly Turn[]): string {
  return turns
    .map(
      (turn, index) =>
        `Follow-up ${index + 1} (${turn.from === 'question' ? "the question's" : "the interviewer's"}): ${turn.question}\nAnswer: ${turn.answer}`,
    )
    .join('\n\n');
}

function normal(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;

function isTurn(value: unknown): value is Turn {
  if (typeof value !== 'object' || value === null) return false;
  const turn = value as Record<string, unknown>;
  return isText(turn.question) && turn.question.trim() !== '' && (turn.from === 'question' || turn.from === 'interviewer') && isText(turn.answer);
}

/**
 * A saved conversation read back from disk, checked as strictly as a model's reply (the file may be
 * damaged or hand-edited): undefined unless every part is valid for a question with `pointCount` points.
 */
export function readInterview(value: unknown, pointCount: number): InterviewRecord | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const saved = value as Record<string, unknown>;
  const grading = validateGrading(saved.grading, pointCount);
  if (!grading.ok || !isText(saved.model) || typeof saved.gradedAt !== 'string' || !Number.isFinite(Date.parse(saved.gradedAt))) return undefined;
  if (!Array.isArray(saved.turns) || saved.turns.length > MAX_TURNS || !saved.turns.every(isTurn)) return undefined;
  if (saved.pending !== undefined && !isTurn(saved.pending)) return undefined;
  const turns = saved.turns.map((turn: Turn) => ({ question: turn.question, from: turn.from, answer: turn.answer }));
  const pending = saved.pending as Turn | undefined;
  return {
    model: saved.model,
    grading: grading.grading,
    gradedAt: saved.gradedAt,
    turns,
    ...(pending ? { pending: { question: pending.question, from: pending.from, answer: pending.answer } } : {}),
  };
}
