// What one bank file contributes to the index, parsed from its bytes: a question, an exercise, problems.
import * as path from 'node:path';
import { SETTING_DEFAULTS } from '../config/defaults';
import { exerciseFolderOf } from './bankPaths';
import type { Exercise, Problem, Question } from './model';
import { checkContent, decodeUtf8, parseQuestionText } from './parse';
import { importPlainQuestion } from './plainMarkdown';

/** What one file contributed. */
export interface FileEntry {
  file: string;
  bank: string;
  /** Size and modification time when parsed: the cache reuses an entry while both still match. */
  size?: number;
  mtimeMs?: number;
  question?: Question;
  exercise?: Exercise;
  problems: Problem[];
}

export interface LoadOptions {
  /** Minutes allotted to plain markdown questions that do not say. */
  defaultMinutes?: number;
}

/** Parses a file's bytes into its entry (also used for unsaved editor text). */
export function parseEntry(file: string, bank: string, bytes: Uint8Array, options: LoadOptions = {}): FileEntry {
  const entry: FileEntry = { file, bank, problems: [] };
  const contentProblem = checkContent(file, bytes);
  if (contentProblem) {
    entry.problems.push(contentProblem);
    return entry;
  }
  const decoded = decodeUtf8(file, bytes);
  if ('problem' in decoded) {
    entry.problems.push(decoded.problem);
    return entry;
  }
  const exerciseId = exerciseFolderOf(file, bank);
  const parsed = parseQuestionText(file, decoded.text, exerciseId);
  if (parsed.noFrontMatter) {
    // Plain markdown: imported best-effort; a file that is plainly not a question is skipped quietly.
    const plain = importPlainQuestion(file, bank, decoded.text, options.defaultMinutes ?? SETTING_DEFAULTS.defaultTimeMinutes);
    if (plain) entry.question = { ...plain, tags: [], file, bank };
    return entry;
  }
  if (parsed.problems.length > 0) entry.problems.push(...parsed.problems);
  if (parsed.fields) {
    const { languages } = parsed.fields;
    if (languages === undefined && !('languages' in parsed.fields)) {
      // The fields are this call's own object: completing it in place saves a copy per file.
      const question = parsed.fields as Question;
      question.file = file;
      question.bank = bank;
      entry.question = question;
    } else {
      const { languages: _languages, ...fields } = parsed.fields;
      entry.question = { ...fields, file, bank };
    }
    if (exerciseId) entry.exercise = { id: exerciseId, dir: path.dirname(file), languages: languages ?? [] };
  }
  return entry;
}

