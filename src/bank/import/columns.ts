// Header cells of a spreadsheet or an Anki export read as the fields of a question: case, spacing
// and punctuation do not matter, and a few common synonyms are accepted.
import { DIFFICULTIES, type Difficulty, type Kind } from '../model';

export type Field = 'question' | 'answer' | 'topic' | 'roles' | 'difficulty' | 'kind' | 'time' | 'tags' | 'hints' | 'evaluation' | 'followUps' | 'title';

const SYNONYMS: Record<string, Field> = {
  question: 'question',
  questions: 'question',
  prompt: 'question',
  front: 'question',
  q: 'question',
  text: 'question',
  answer: 'answer',
  answers: 'answer',
  back: 'answer',
  a: 'answer',
  solution: 'answer',
  modelanswer: 'answer',
  topic: 'topic',
  category: 'topic',
  section: 'topic',
  subject: 'topic',
  deck: 'topic',
  role: 'roles',
  roles: 'roles',
  difficulty: 'difficulty',
  level: 'difficulty',
  kind: 'kind',
  type: 'kind',
  questiontype: 'kind',
  format: 'kind',
  time: 'time',
  minutes: 'time',
  duration: 'time',
  timeminutes: 'time',
  tags: 'tags',
  tag: 'tags',
  labels: 'tags',
  hints: 'hints',
  hint: 'hints',
  evaluation: 'evaluation',
  evaluationpoints: 'evaluation',
  rubric: 'evaluation',
  followups: 'followUps',
  followup: 'followUps',
  title: 'title',
};

/** The field a header cell names, if any: "Follow-ups", " FRONT ", "time (minutes)" all read. */
export function fieldOf(header: string): Field | undefined {
  const key = header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return Object.prototype.hasOwnProperty.call(SYNONYMS, key) ? SYNONYMS[key] : undefined;
}

/** Column index of each field, when the row is a header (names a question column); else undefined. */
export function headerColumns(row: readonly string[]): Map<Field, number> | undefined {
  const columns = new Map<Field, number>();
  row.forEach((cell, index) => {
    const field = fieldOf(cell);
    if (field && !columns.has(field)) columns.set(field, index);
  });
  return columns.has('question') ? columns : undefined;
}

/** "Hard", " easy ", "Medium" → the difficulty; anything else undefined. */
export function difficultyOf(text: string): Difficulty | undefined {
  const word = text.trim().toLowerCase();
  return (DIFFICULTIES as readonly string[]).includes(word) ? (word as Difficulty) : undefined;
}

/** The words people use for a kind of question, squashed to letters. */
const KIND_WORDS: Record<string, Kind> = {
  concept: 'concept',
  conceptual: 'concept',
  theory: 'concept',
  knowledge: 'concept',
  coding: 'coding',
  code: 'coding',
  programming: 'coding',
  exercise: 'coding',
  challenge: 'coding',
  algorithm: 'coding',
  algorithms: 'coding',
  livecoding: 'coding',
  systemdesign: 'system-design',
  design: 'system-design',
  architecture: 'system-design',
  behavioral: 'behavioral',
  behavioural: 'behavioral',
  behavior: 'behavioral',
  behaviour: 'behavioral',
  pitch: 'pitch',
  quiz: 'quiz',
  flashcard: 'quiz',
  trivia: 'quiz',
};

/** "Coding", "System design", "behavioural", "system-design" → the kind; anything else undefined. */
export function kindOf(text: string): Kind | undefined {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  return Object.prototype.hasOwnProperty.call(KIND_WORDS, key) ? KIND_WORDS[key] : undefined;
}

/** "20", "20 min", "20 minutes" → 20, within 1-240; anything else undefined. */
export function minutesOf(text: string): number | undefined {
  const match = /^\s*(\d{1,3})\s*(m|min|mins|minutes?)?\s*$/i.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]);
  return minutes >= 1 && minutes <= 240 ? minutes : undefined;
}

/** A cell holding a list: items split on ';', ',' or '|' (or line breaks for longer text), trimmed, empties dropped. */
export function listOf(text: string, separators = /[;,|]/): string[] {
  return text
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Hints or evaluation points: one per line (a leading "- " or "1." dropped), else split on ';'. */
export function pointsOf(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => line.length > 0);
  return lines.length > 1 ? lines : listOf(text, /;/);
}
