// The user's answer as one text: a behavioural answer's STAR fields before its draft, and the
// follow-up answers after it (what the interviewer graded, so its quotes can be checked against it).
import type { Turn } from '../interviewer/interview';
import type { QuestionWork, StarFields } from './workStore';

export function starText(star: StarFields, draft: string): string {
  const parts = [
    ['Situation', star.situation],
    ['Task', star.task],
    ['Action', star.action],
    ['Result', star.result],
  ].filter(([, text]) => text.trim());
  return [...parts.map(([label, text]) => `${label}: ${text}`), draft].filter((text) => text.trim()).join('\n\n');
}

/** The answer saved for a question, as one text. */
export function workText(work: QuestionWork): string {
  return work.star ? starText(work.star, work.draft) : work.draft;
}

export function gradedText(draft: string, turns: readonly Turn[]): string {
  return [draft, ...turns.map((turn) => turn.answer)].join('\n');
}
