// What one bank file contributes to the index, parsed from its bytes: a question, an exercise, problems.
import * as path from 'node:path';
import { SETTING_DEFAULTS } from '../config/defaults';
import { exerciseFolderOf } from './bankPaths';
import { documentQuestions, noQuestionProblem } from './documentQuestions';
import { splitDocument } from './documents';
import type { Exercise, Problem, Question } from './model';
import { checkContent, decodeUtf8, parseQuestionText } from './parse';
import { readPlainQuestion, type Retitle } from './plainMarkdown';

/** What one file contributed. */
export interface FileEntry {
  file: string;
  bank: string;
  /** Size and modification time when parsed: the cache reuses an entry while both still match. */
  size?: number;
  mtimeMs?: number;
  /** The file's one question (never set together with `questions`). */
  question?: Question;
  /** The questions of a plain markdown document that holds several, in document order (never empty). */
  questions?: Question[];
  /** For a plain file's `question` titled by a heading: the title to show if that heading is boilerplate. */
  retitle?: Retitle;
  exercise?: Exercise;
  problems: Problem[];
}

const NONE: readonly Question[] = [];

/** Every question the entry contributes, in file order. */
export function entryQuestions(entry: FileEntry): readonly Question[] {
  return entry.questions ?? (entry.question ? [entry.question] : NONE);
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
    // Plain markdown, imported best-effort: a document of several questions gives one per question,
    // any other file at most one, and a file that gives none says why.
    const minutes = options.defaultMinutes ?? SETTING_DEFAULTS.defaultTimeMinutes;
    const split = splitDocument(decoded.text);
    if (split.units.length > 0) {
      entry.questions = documentQuestions(file, bank, split.units, minutes);
      return entry;
    }
    const plain = readPlainQuestion(file, bank, decoded.text, minutes);
    if (plain) {
      entry.question = { ...plain.question, tags: [], file, bank };
      if (plain.retitle) entry.retitle = plain.retitle;
    } else entry.problems.push(noQuestionProblem(file, split));
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
