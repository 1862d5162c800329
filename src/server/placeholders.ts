// Values for keys the author has not written yet, used by the quick fix that adds a missing key and
// by the new-question snippet. Each one validates, and is a plausible first guess.
import * as path from 'node:path';
import { exerciseFolderOf } from '../bank/bankPaths';
import { KNOWN_ROLES, LANGUAGES } from '../bank/model';
import { slugify } from '../bank/plainMarkdown';
import { findKey, type QuestionDocument } from './questionDocument';
import type { CountedField, WorkspaceIndex } from './workspaceIndex';

export interface PlaceholderContext {
  doc: QuestionDocument;
  file: string;
  index: WorkspaceIndex;
}

/** The folder name of an exercise, else the title as a slug, else the file name as a slug. */
export function suggestedId({ doc, file, index }: PlaceholderContext): string {
  const bank = index.bankOf(file);
  const folder = bank ? exerciseFolderOf(file, bank) : undefined;
  if (folder) return folder;
  const title = findKey(doc, 'title')?.value;
  return (title && slugify(title)) || slugify(path.basename(file, '.md')) || 'new-question';
}

export function titleFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** YAML text for a key's value. */
export function placeholderValue(key: string, context: PlaceholderContext): string {
  const { doc, file, index } = context;
  switch (key) {
    case 'id':
      return suggestedId(context);
    case 'title':
      return titleFromId(findKey(doc, 'id')?.value || suggestedId(context));
    case 'roles':
      return `[${mostUsed(index, 'roles', file) ?? KNOWN_ROLES[0]}]`;
    case 'topic':
      return mostUsed(index, 'topic', file) ?? 'General';
    case 'kind':
      return isExerciseFile(context) || findKey(doc, 'exercise') ? 'coding' : 'concept';
    case 'difficulty':
      return 'medium';
    case 'time':
      return '10';
    case 'tags':
      return '[]';
    case 'languages':
      return `[${LANGUAGES.join(', ')}]`;
    case 'evaluation':
      return '[]';
    default:
      return '';
  }
}

export function isExerciseFile({ file, index }: PlaceholderContext): boolean {
  const bank = index.bankOf(file);
  return bank !== undefined && exerciseFolderOf(file, bank) !== undefined;
}

/** The value used most in the file's own folder (banks are often a folder per topic), else in all banks. */
function mostUsed(index: WorkspaceIndex, field: CountedField, file: string): string | undefined {
  for (const counts of [index.counts(field, path.dirname(file)), index.counts(field)]) {
    let best: [string, number] | undefined;
    for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
    if (best && isPlainScalar(best[0])) return best[0];
  }
  return undefined;
}

/** Whether a value can be written unquoted, also inside a flow list `[a, b]`. */
export function isPlainScalar(value: string): boolean {
  return (
    value !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/:(\s|$)|\s#|[,[\]{}]|\s$/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~)$/i.test(value) &&
    // Numbers, including YAML 1.1's sexagesimal "1:30" and hex, which gray-matter's parser still reads.
    !/^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^[-+]?\d+(:[0-5]?\d)+(\.\d*)?$|^0[xo][\da-f]+$/i.test(value)
  );
}

/** A value as YAML: plain when that reads back the same, double-quoted otherwise. */
export function yamlScalar(value: string): string {
  return isPlainScalar(value) ? value : JSON.stringify(value);
}
