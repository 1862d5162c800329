// Loads bank folders into an index of questions, exercises and problems. Pure Node: no `vscode`.
// Files are parsed one by one, so a change re-parses only that file (see `updateFile`).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Exercise, Problem, Question } from './model';
import { checkContent, decodeUtf8, parseQuestionText, tooLarge } from './parse';
import { importPlainQuestion } from './plainMarkdown';

export type SourceKind = 'workspace' | 'setting' | 'builtin';

/** A bank folder. Sources earlier in the list win when two share a question id. */
export interface BankSource {
  path: string;
  kind: SourceKind;
}

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

const SKIPPED_NAMES = /^(readme|index|changelog|contributing|license|summary|toc|table[-_ ]of[-_ ]contents)\.md$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export class BankIndex {
  private readonly entries = new Map<string, FileEntry>();
  private derived: { questions: Map<string, Question>; problems: Problem[] } | undefined;

  constructor(readonly sources: readonly BankSource[]) {}

  /** Adds or replaces one file's entry. */
  set(entry: FileEntry): void {
    this.entries.set(entry.file, entry);
    this.derived = undefined;
  }

  delete(file: string): void {
    if (this.entries.delete(file)) this.derived = undefined;
  }

  files(): IterableIterator<FileEntry> {
    return this.entries.values();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The questions that won their id, in the order of their sources. */
  questions(): Question[] {
    return [...this.derive().questions.values()];
  }

  question(id: string): Question | undefined {
    return this.derive().questions.get(id);
  }

  exercise(id: string): Exercise | undefined {
    let found: { exercise: Exercise; rank: number } | undefined;
    for (const entry of this.entries.values()) {
      if (entry.exercise?.id !== id) continue;
      const rank = this.rank(entry.bank);
      if (!found || rank < found.rank) found = { exercise: entry.exercise, rank };
    }
    return found?.exercise;
  }

  exercises(): Exercise[] {
    const ids = new Set<string>();
    for (const entry of this.entries.values()) if (entry.exercise) ids.add(entry.exercise.id);
    return [...ids].map((id) => this.exercise(id)).filter((exercise): exercise is Exercise => exercise !== undefined);
  }

  /** Every problem: per-file ones, id clashes between files, and exercises that do not exist. */
  problems(): Problem[] {
    return this.derive().problems;
  }

  private rank(bank: string): number {
    const index = this.sources.findIndex((source) => source.path === bank);
    return index < 0 ? this.sources.length : index;
  }

  private derive(): { questions: Map<string, Question>; problems: Problem[] } {
    if (this.derived) return this.derived;
    const problems: Problem[] = [];
    const byId = new Map<string, Question[]>();
    for (const entry of this.entries.values()) {
      problems.push(...entry.problems);
      if (entry.question) {
        const list = byId.get(entry.question.id);
        if (list) list.push(entry.question);
        else byId.set(entry.question.id, [entry.question]);
      }
    }
    const questions = new Map<string, Question>();
    const ordered = [...byId.values()].map((list) => list.sort((a, b) => this.rank(a.bank) - this.rank(b.bank) || a.file.localeCompare(b.file)));
    ordered.sort((a, b) => this.rank(a[0].bank) - this.rank(b[0].bank) || a[0].file.localeCompare(b[0].file));
    for (const [winner, ...losers] of ordered) {
      questions.set(winner.id, winner);
      for (const loser of losers) {
        const sameBank = loser.bank === winner.bank;
        problems.push({ file: loser.file, line: 2, column: 1, severity: sameBank ? 'error' : 'warning', code: 'duplicate-id',
          message: sameBank
            ? `duplicate id "${loser.id}": also used by ${winner.file}`
            : `id "${loser.id}" is also defined in ${winner.file}, which takes precedence; this file is hidden` });
      }
    }
    for (const question of questions.values()) {
      if (question.exercise && !this.exercise(question.exercise)) {
        problems.push({ file: question.file, line: 2, column: 1, severity: 'error', code: 'missing-exercise', message: `exercise "${question.exercise}" does not exist in any loaded bank` });
      }
    }
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    this.derived = { questions, problems };
    return this.derived;
  }
}

export interface LoadStats {
  parsed: number;
  cached: number;
}

/**
 * Loads every source into a fresh index. With `cache` (entries from an earlier load), a file whose
 * size and modification time are unchanged is not read again.
 */
export async function loadBank(sources: readonly BankSource[], options: LoadOptions = {}, cache?: ReadonlyMap<string, FileEntry>, stats?: LoadStats): Promise<BankIndex> {
  const index = new BankIndex(sources);
  const seen = new Set<string>();
  for (const source of sources) {
    const root = path.resolve(source.path);
    if (seen.has(root)) continue;
    seen.add(root);
    const files = await listMarkdownFiles(root, index);
    await inBatches(files, 64, async (file) => index.set(await loadFile(file, root, options, cache, stats)));
  }
  return index;
}

/** Parses one file of a bank into its entry. Never throws: every failure becomes a problem. */
export async function loadFile(file: string, bank: string, options: LoadOptions = {}, cache?: ReadonlyMap<string, FileEntry>, stats?: LoadStats): Promise<FileEntry> {
  let bytes: Buffer;
  let size: number;
  let mtimeMs: number;
  try {
    ({ size, mtimeMs } = await fs.stat(file));
    const cached = cache?.get(file);
    if (cached && cached.bank === bank && cached.size === size && cached.mtimeMs === mtimeMs) {
      if (stats) stats.cached++;
      return cached;
    }
    const large = tooLarge(file, size);
    if (large) return { file, bank, size, mtimeMs, problems: [large] };
    bytes = await fs.readFile(file);
  } catch (error) {
    return { file, bank, problems: [{ file, line: 1, column: 1, severity: 'error', code: 'unreadable', message: `cannot read file: ${(error as Error).message}` }] };
  }
  if (stats) stats.parsed++;
  return { ...parseEntry(file, bank, bytes, options), size, mtimeMs };
}

/** Bump when parsing changes what an entry holds, so older caches are ignored. */
export const CACHE_FORMAT = 1;

interface CacheFile {
  format: number;
  /** Anything else the entries depend on: the extension's version and the load options. */
  key: string;
  entries: FileEntry[];
}

export function serializeCache(index: BankIndex, key: string): string {
  const entries = [...index.files()].filter((entry) => entry.size !== undefined && entry.mtimeMs !== undefined);
  return JSON.stringify({ format: CACHE_FORMAT, key, entries } satisfies CacheFile);
}

/** The cached entries by file, or undefined when the cache is from another format or key, or unreadable. */
export function parseCache(json: string, key: string): Map<string, FileEntry> | undefined {
  try {
    const cache = JSON.parse(json) as CacheFile;
    if (cache.format !== CACHE_FORMAT || cache.key !== key || !Array.isArray(cache.entries)) return undefined;
    return new Map(cache.entries.filter((entry) => typeof entry?.file === 'string' && Array.isArray(entry.problems)).map((entry) => [entry.file, entry]));
  } catch {
    return undefined;
  }
}

export interface LoadOptions {
  /** Minutes allotted to plain markdown questions that do not say. */
  defaultMinutes?: number;
}

export const DEFAULT_MINUTES = 10;

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
    const plain = importPlainQuestion(file, bank, decoded.text, options.defaultMinutes ?? DEFAULT_MINUTES);
    if (plain) entry.question = { ...plain, tags: [], file, bank };
    return entry;
  }
  entry.problems.push(...parsed.problems);
  if (parsed.fields) {
    const { languages, ...fields } = parsed.fields;
    entry.question = { ...fields, file, bank };
    if (exerciseId) entry.exercise = { id: exerciseId, dir: path.dirname(file), languages: languages ?? [] };
  }
  return entry;
}

/** `exercises/<id>/exercise.md` inside a bank names an exercise folder. */
export function exerciseFolderOf(file: string, bank: string): string | undefined {
  const parts = path.relative(bank, file).split(path.sep);
  const at = parts.length - 3;
  return at >= 0 && parts[at] === 'exercises' && parts[at + 2] === 'exercise.md' ? parts[at + 1] : undefined;
}

/** Whether a markdown file in a bank is one the loader reads (not a README, not inside an exercise's language folders). */
export function isBankFile(file: string, bank: string): boolean {
  if (!file.endsWith('.md') || SKIPPED_NAMES.test(path.basename(file))) return false;
  const parts = path.relative(bank, file).split(path.sep);
  if (parts[0] === '..' || path.isAbsolute(parts[0])) return false;
  const exercisesAt = parts.indexOf('exercises');
  if (exercisesAt >= 0 && parts.length > exercisesAt + 2) return exerciseFolderOf(file, bank) !== undefined;
  return true;
}

async function listMarkdownFiles(root: string, index: BankIndex): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let items: import('node:fs').Dirent[];
    try {
      items = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      index.set({ file: dir, bank: root, problems: [{ file: dir, line: 1, column: 1, severity: 'error', code: 'unreadable', message: `cannot read bank folder: ${(error as Error).message}` }] });
      return;
    }
    items.sort((a, b) => a.name.localeCompare(b.name));
    for (const item of items) {
      const full = path.join(dir, item.name);
      if (item.isSymbolicLink()) {
        if (item.name.endsWith('.md')) index.set({ file: full, bank: root, problems: [{ file: full, line: 1, column: 1, severity: 'warning', code: 'symlink', message: 'symbolic links are not followed in banks; this file was skipped' }] });
      } else if (item.isDirectory()) {
        if (!SKIPPED_DIRS.has(item.name) && !item.name.startsWith('.')) await walk(full);
      } else if (item.isFile() && isBankFile(full, root)) {
        found.push(full);
      }
    }
  };
  await walk(root);
  return found;
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(work));
  }
}
