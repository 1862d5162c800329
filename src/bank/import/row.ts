// One spreadsheet row or Anki note, its cells named by field, turned into an imported item.
import { cutTitle, flatten } from '../documents';
import { difficultyOf, kindOf, listOf, minutesOf, pointsOf, type Field } from './columns';
import type { ImportedItem } from './types';

/** The item a row gives, or why it gives none. */
export function itemFromCells(cell: (field: Field) => string, origin: string): ImportedItem | string {
  const prompt = cell('question').trim();
  if (!prompt) return 'no question text';
  const title = cutTitle(flatten(cell('title').trim() || prompt)) || cutTitle(prompt.replace(/\s+/g, ' '));
  if (!title) return 'no question text';
  const topic = flatten(cell('topic'));
  return {
    title,
    prompt,
    answer: cell('answer').trim(),
    topic: topic || undefined,
    roles: listOf(cell('roles')),
    difficulty: difficultyOf(cell('difficulty')),
    kind: kindOf(cell('kind')),
    minutes: minutesOf(cell('time')),
    tags: listOf(cell('tags'), /[;,|\s]+/),
    hints: pointsOf(cell('hints')),
    evaluation: pointsOf(cell('evaluation')),
    followUps: pointsOf(cell('followUps')),
    origin,
  };
}
