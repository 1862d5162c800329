// The bank cache: every file's entry with its size and modification time, so a start-up shows the
// last index at once and re-reads only the files that changed.
import * as path from 'node:path';
import { BankIndex, type BankSource } from './bankIndex';
import type { FileEntry } from './fileEntry';
import type { Exercise, Problem, Question } from './model';
import type { Retitle } from './plainMarkdown';

/**
 * Bump when parsing changes what an entry holds, so older caches are ignored. 2: plain documents of
 * several questions (the `questions` column) and boilerplate titles (the `retitle` column).
 */
export const CACHE_FORMAT = 2;

// The cache is one flat array, ROW_LENGTH values per file, rather than an object per file: for a
// 10,000-file bank it is 40% smaller and JSON.parse reads it in half the time (no repeated keys,
// each path once). Caches written before this layout have `entries` instead of `rows`, and are ignored.
// Row: file, bank (index into `banks`), size, mtimeMs, problems | 0, exercise | 0, a document's questions
// (without their file and bank, which are the row's) | 0, retitle | 0, then the question: 0 when there is
// none, its fields in FLAT_QUESTION order, or the object itself when its shape is unusual.
const FLAT_QUESTION = ['id', 'title', 'roles', 'topic', 'kind', 'difficulty', 'time', 'tags', 'evaluation', 'exercise', 'inferred'] as const;
/** Where each value of a row stands, from the row's start. */
const COLUMN = { file: 0, bank: 1, size: 2, mtimeMs: 3, problems: 4, exercise: 5, questions: 6, retitle: 7, question: 8 } as const;
const ROW_LENGTH = COLUMN.question + FLAT_QUESTION.length;
/** The column of a flat question's field. */
const FIELD = Object.fromEntries(FLAT_QUESTION.map((field, at) => [field, COLUMN.question + at])) as Record<(typeof FLAT_QUESTION)[number], number>;

interface CacheFile {
  format: number;
  /** Anything else the entries depend on: the extension's version and the load options. */
  key: string;
  banks: string[];
  rows: unknown[];
}

export function serializeCache(index: BankIndex, key: string): string {
  const banks: string[] = [];
  const bankIndex = new Map<string, number>();
  const rows: unknown[] = [];
  for (const entry of index.files()) {
    if (entry.size === undefined || entry.mtimeMs === undefined) continue;
    let bank = bankIndex.get(entry.bank);
    if (bank === undefined) bankIndex.set(entry.bank, (bank = banks.push(entry.bank) - 1));
    rows.push(
      entry.file,
      bank,
      entry.size,
      entry.mtimeMs,
      entry.problems.length > 0 ? entry.problems : 0,
      entry.exercise ?? 0,
      entry.questions ? entry.questions.map(withoutPlace) : 0,
      entry.retitle ?? 0,
    );
    const question = entry.question;
    if (question && isFlatQuestion(question, entry)) {
      for (const field of FLAT_QUESTION) rows.push(question[field] ?? 0);
    } else {
      rows.push(question ?? 0);
      for (let field = 1; field < FLAT_QUESTION.length; field++) rows.push(0);
    }
  }
  return JSON.stringify({ format: CACHE_FORMAT, key, banks, rows } satisfies CacheFile);
}

/** A document's question without the file and bank its row gives. */
function withoutPlace(question: Question): Omit<Question, 'file' | 'bank'> {
  const { file: _file, bank: _bank, ...rest } = question;
  return rest;
}

/** Whether the question has the fields parsing front matter gives, in that order, and the entry's file and bank. */
function isFlatQuestion(question: Question, entry: FileEntry): boolean {
  if (question.file !== entry.file || question.bank !== entry.bank || typeof question.id !== 'string') return false;
  const keys = Object.keys(question);
  let at = 0;
  for (const field of FLAT_QUESTION) {
    if (keys[at] === field) {
      if (question[field] === undefined || (question[field] as unknown) === 0) return false;
      at++;
    } else if (field !== 'exercise' && field !== 'inferred') {
      return false;
    }
  }
  return keys.length === at + 2 && keys[at] === 'file' && keys[at + 1] === 'bank';
}

/** The cached entries by file, or undefined when the cache is from another format or key, or unreadable. */
export function parseCache(json: string, key: string): Map<string, FileEntry> | undefined {
  let cache: CacheFile;
  try {
    cache = JSON.parse(json) as CacheFile;
  } catch {
    return undefined;
  }
  if (typeof cache !== 'object' || cache === null || cache.format !== CACHE_FORMAT || cache.key !== key) return undefined;
  const { banks, rows } = cache;
  if (!Array.isArray(banks) || !Array.isArray(rows) || rows.length % ROW_LENGTH !== 0) return undefined;
  const entries = new Map<string, FileEntry>();
  for (let at = 0; at < rows.length; at += ROW_LENGTH) {
    const file = rows[at + COLUMN.file];
    const bank = banks[rows[at + COLUMN.bank] as number];
    const problems = rows[at + COLUMN.problems] === 0 ? [] : rows[at + COLUMN.problems];
    if (typeof file !== 'string' || typeof bank !== 'string' || !Array.isArray(problems)) continue;
    const entry: FileEntry = { file, bank, problems: problems as Problem[] };
    const first = rows[at + COLUMN.question];
    if (typeof first === 'string') {
      // One literal, so every question gets the same shape; fields keep the order parsing gives them.
      const question: Question = {
        id: first,
        title: rows[at + FIELD.title],
        roles: rows[at + FIELD.roles],
        topic: rows[at + FIELD.topic],
        kind: rows[at + FIELD.kind],
        difficulty: rows[at + FIELD.difficulty],
        time: rows[at + FIELD.time],
        tags: rows[at + FIELD.tags],
        evaluation: rows[at + FIELD.evaluation],
      } as Question;
      if (rows[at + FIELD.exercise] !== 0) question.exercise = rows[at + FIELD.exercise] as string;
      if (rows[at + FIELD.inferred] !== 0) question.inferred = rows[at + FIELD.inferred] as string[];
      question.file = file;
      question.bank = bank;
      entry.question = question;
    } else if (typeof first === 'object' && first !== null) {
      entry.question = first as Question;
    }
    const questions = rows[at + COLUMN.questions];
    if (Array.isArray(questions) && questions.length > 0) entry.questions = (questions as Question[]).map((question) => ({ ...question, file, bank }));
    const retitle = rows[at + COLUMN.retitle];
    if (typeof retitle === 'object' && retitle !== null) entry.retitle = retitle as Retitle;
    if (rows[at + COLUMN.exercise] !== 0) entry.exercise = rows[at + COLUMN.exercise] as Exercise;
    entry.size = rows[at + COLUMN.size] as number;
    entry.mtimeMs = rows[at + COLUMN.mtimeMs] as number;
    entries.set(file, entry);
  }
  return entries;
}

/**
 * The index as the cache last saw it, built without touching the bank folders: what a window shows
 * at once on start-up while `loadBank` checks every file in the background. Entries of folders that
 * are no longer sources are left out.
 */
export function indexFromCache(sources: readonly BankSource[], cache: ReadonlyMap<string, FileEntry>): BankIndex {
  const index = new BankIndex(sources);
  const banks = new Set(sources.map((source) => path.resolve(source.path)));
  for (const entry of cache.values()) if (banks.has(entry.bank)) index.set(entry);
  return index;
}
