// What a model's grading of a draft is, once its reply has been checked, and the fixed rule that turns
// a score into a recall grade. The model suggests the score; the scheduling grade always comes from
// this rule (and the user may change both before saving). Pure.
import type { RecallGrade } from '../progress/model';
import type { Readiness } from '../progress/stats';

export const VERDICTS = ['covered', 'partly', 'missed'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface PointVerdict {
  /** 1-based number of the evaluation point, in the question's order. */
  point: number;
  verdict: Verdict;
  /** One line, plain text. */
  reason: string;
  /** The draft's own words the reason rests on; empty for a missed point. */
  quote: string;
}

export interface Grading {
  /** One per evaluation point, in order. */
  points: PointVerdict[];
  /** A whole number from 0 to 10. */
  score: number;
  band: Readiness;
  /** The one question the model would ask next. */
  followUp: string;
}

/**
 * Score → recall grade, for whole scores 0-10 (fractions are rounded first):
 * 0-3 Again (could not really answer), 4-6 Hard (answered with real gaps), 7-8 Good (answered well),
 * 9-10 Easy (answered fully, without effort). docs/INTERVIEWER.md states the same table.
 */
export const GRADE_RULE: readonly { from: number; to: number; grade: RecallGrade }[] = [
  { from: 0, to: 3, grade: 'again' },
  { from: 4, to: 6, grade: 'hard' },
  { from: 7, to: 8, grade: 'good' },
  { from: 9, to: 10, grade: 'easy' },
];

export function gradeForScore(score: number): RecallGrade {
  const whole = Math.min(10, Math.max(0, Math.round(Number.isFinite(score) ? score : 0)));
  return GRADE_RULE.find((row) => whole >= row.from && whole <= row.to)!.grade;
}

/** Whether `quote` is in `draft`, ignoring case, spacing and typographic quote marks. */
export function quoteInDraft(quote: string, draft: string): boolean {
  const normal = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\s+/g, ' ')
      .trim();
  const wanted = normal(quote)
    .replace(/^["'…]+|["'…]+$/g, '')
    .replace(/^\.\.\.|\.\.\.$/g, '')
    .trim();
  return wanted !== '' && normal(draft).includes(wanted);
}
