// Loads bank folders into an index of questions, exercises and problems. Pure Node: no `vscode`.
// Files are parsed one by one, so a change re-parses only that file (see `updateFile`).
import { closeSync, constants, fstatSync, promises as fs, openSync, readdirSync, readSync, statSync, type Dirent } from 'node:fs';
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

/** One file's entry, and its place in load order (how a stable sort over the entries broke ties). */
interface Slot {
  entry: FileEntry;
  position: number;
}

/** The files that define one question id, and the question that won it (set when not stale). */
interface Bucket {
  id: string;
  slots: Slot[];
  stale: boolean;
  /** Whether `winners` holds this bucket. */
  listed: boolean;
  question?: Question;
  rank: number;
  /** Load position of the id's first file. */
  first: number;
}

export class BankIndex {
  // Everything is kept per file and per id, so one `set()` costs a few lookups rather than a pass
  // over the whole bank; reading re-ranks only the ids touched since the last read.
  private readonly slots = new Map<string, Slot>();
  private nextPosition = 0;
  private readonly buckets = new Map<string, Bucket>();
  private readonly exerciseSlots = new Map<string, Slot[]>();
  private readonly ranks = new Map<string, number>();
  private stale: Bucket[] = [];
  /** Buckets in the order `questions()` returns their winners. */
  private winners: Bucket[] = [];
  private questionList: Question[] | undefined;
  private problemList: Problem[] | undefined;

  constructor(readonly sources: readonly BankSource[]) {}

  /** Adds or replaces one file's entry. */
  set(entry: FileEntry): void {
    let slot = this.slots.get(entry.file);
    if (slot) {
      this.unlink(slot);
      slot.entry = entry;
    } else {
      slot = { entry, position: this.nextPosition++ };
      this.slots.set(entry.file, slot);
    }
    this.link(slot);
    this.problemList = undefined;
  }

  delete(file: string): void {
    const slot = this.slots.get(file);
    if (!slot) return;
    this.slots.delete(file);
    this.unlink(slot);
    this.problemList = undefined;
  }

  *files(): IterableIterator<FileEntry> {
    for (const slot of this.slots.values()) yield slot.entry;
  }

  get size(): number {
    return this.slots.size;
  }

  /** The questions that won their id, in the order of their sources. */
  questions(): Question[] {
    this.refresh();
    this.questionList ??= this.winners.map((bucket) => bucket.question!);
    return this.questionList.slice();
  }

  question(id: string): Question | undefined {
    this.refresh();
    return this.buckets.get(id)?.question;
  }

  exercise(id: string): Exercise | undefined {
    let found: { slot: Slot; rank: number } | undefined;
    for (const slot of this.exerciseSlots.get(id) ?? []) {
      const rank = this.rank(slot.entry.bank);
      if (!found || rank < found.rank || (rank === found.rank && slot.position < found.slot.position)) found = { slot, rank };
    }
    return found?.slot.entry.exercise;
  }

  exercises(): Exercise[] {
    const ids = new Set<string>();
    for (const { entry } of this.slots.values()) if (entry.exercise) ids.add(entry.exercise.id);
    return [...ids].map((id) => this.exercise(id)).filter((exercise): exercise is Exercise => exercise !== undefined);
  }

  /** Every problem: per-file ones, id clashes between files, and exercises that do not exist. */
  problems(): Problem[] {
    if (this.problemList) return this.problemList;
    this.refresh();
    const problems: Problem[] = [];
    for (const { entry } of this.slots.values()) if (entry.problems.length > 0) problems.push(...entry.problems);
    for (const bucket of this.winners) {
      if (bucket.slots.length < 2) continue;
      const [winner, ...losers] = this.ranked(bucket.slots);
      for (const loser of losers) {
        const sameBank = loser.bank === winner.bank;
        problems.push({ file: loser.file, line: 2, column: 1, severity: sameBank ? 'error' : 'warning', code: 'duplicate-id',
          message: sameBank
            ? `duplicate id "${loser.id}": also used by ${winner.file}`
            : `id "${loser.id}" is also defined in ${winner.file}, which takes precedence; this file is hidden` });
      }
    }
    for (const bucket of this.winners) {
      const question = bucket.question!;
      if (question.exercise && !this.exerciseSlots.has(question.exercise)) {
        problems.push({ file: question.file, line: 2, column: 1, severity: 'error', code: 'missing-exercise', message: `exercise "${question.exercise}" does not exist in any loaded bank` });
      }
    }
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    this.problemList = problems;
    return problems;
  }

  private rank(bank: string): number {
    let rank = this.ranks.get(bank);
    if (rank === undefined) {
      const index = this.sources.findIndex((source) => source.path === bank);
      rank = index < 0 ? this.sources.length : index;
      this.ranks.set(bank, rank);
    }
    return rank;
  }

  private link(slot: Slot): void {
    const { question, exercise } = slot.entry;
    if (question) {
      let bucket = this.buckets.get(question.id);
      if (!bucket) this.buckets.set(question.id, (bucket = { id: question.id, slots: [], stale: false, listed: false, rank: 0, first: 0 }));
      bucket.slots.push(slot);
      this.markStale(bucket);
    }
    if (exercise) {
      const list = this.exerciseSlots.get(exercise.id);
      if (list) list.push(slot);
      else this.exerciseSlots.set(exercise.id, [slot]);
    }
  }

  private unlink(slot: Slot): void {
    const { question, exercise } = slot.entry;
    const bucket = question && this.buckets.get(question.id);
    if (bucket) {
      removeFrom(bucket.slots, slot);
      if (bucket.slots.length === 0) this.buckets.delete(bucket.id);
      this.markStale(bucket);
    }
    const list = exercise && this.exerciseSlots.get(exercise.id);
    if (list) {
      removeFrom(list, slot);
      if (list.length === 0) this.exerciseSlots.delete(exercise.id);
    }
  }

  private markStale(bucket: Bucket): void {
    if (bucket.stale) return;
    bucket.stale = true;
    this.stale.push(bucket);
  }

  /** An id's questions, winner first: earlier source, then file name, then load order. */
  private ranked(slots: readonly Slot[]): Question[] {
    const ordered = slots.map((slot) => ({ question: slot.entry.question!, position: slot.position }));
    if (ordered.length > 1) ordered.sort((a, b) => this.rank(a.question.bank) - this.rank(b.question.bank) || a.question.file.localeCompare(b.question.file) || a.position - b.position);
    return ordered.map(({ question }) => question);
  }

  /** Sets the bucket's winner and what orders it among the others. */
  private crown(bucket: Bucket): void {
    let first = Infinity;
    for (const slot of bucket.slots) first = Math.min(first, slot.position);
    bucket.question = this.ranked(bucket.slots)[0];
    bucket.rank = this.rank(bucket.question.bank);
    bucket.first = first;
  }

  /** Brings `winners` up to date: a full sort after a bulk load, otherwise one ordered insert per changed id. */
  private refresh(): void {
    if (this.stale.length === 0) return;
    const stale = this.stale;
    this.stale = [];
    this.questionList = undefined;
    if (stale.length * 32 > this.winners.length) {
      for (const bucket of stale) {
        bucket.stale = false;
        bucket.listed = false;
      }
      this.winners = [];
      for (const bucket of this.buckets.values()) {
        this.crown(bucket);
        bucket.listed = true;
        this.winners.push(bucket);
      }
      // Entries arrive in folder order, which is nearly this order, so the sort is close to linear.
      this.winners.sort(compareWinners);
      return;
    }
    for (const bucket of stale) {
      bucket.stale = false;
      if (bucket.listed) {
        this.winners.splice(this.winners.indexOf(bucket), 1);
        bucket.listed = false;
      }
      if (bucket.slots.length === 0) continue;
      this.crown(bucket);
      let low = 0;
      let high = this.winners.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compareWinners(this.winners[middle], bucket) < 0) low = middle + 1;
        else high = middle;
      }
      this.winners.splice(low, 0, bucket);
      bucket.listed = true;
    }
  }
}

function compareWinners(a: Bucket, b: Bucket): number {
  return a.rank - b.rank || a.question!.file.localeCompare(b.question!.file) || a.first - b.first;
}

function removeFrom<T>(list: T[], item: T): void {
  const at = list.indexOf(item);
  if (at >= 0) list.splice(at, 1);
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
  const slice = new TimeSlice();
  for (const source of sources) {
    const root = path.resolve(source.path);
    if (seen.has(root)) continue;
    seen.add(root);
    for (const file of await listMarkdownFiles(root, index, slice)) {
      index.set(readEntry(file, root, options, cache, stats) ?? await loadFileAsync(file, root, options, cache, stats));
      if (slice.due()) await slice.pause();
    }
  }
  return index;
}

/** Parses one file of a bank into its entry. Never throws: every failure becomes a problem. */
export async function loadFile(file: string, bank: string, options: LoadOptions = {}, cache?: ReadonlyMap<string, FileEntry>, stats?: LoadStats): Promise<FileEntry> {
  return readEntry(file, bank, options, cache, stats) ?? loadFileAsync(file, bank, options, cache, stats);
}

/**
 * The fast path for one file: synchronous calls, four system calls for a new file (open, fstat, read,
 * close) and one (stat) for an unchanged cached one. Stating the benchmark's 10,000 files takes 40-50 ms
 * this way and 150-250 ms as promises in batches of 64 (docs/BENCHMARKS.md). Undefined when anything fails: the
 * asynchronous path then reports it with its usual message.
 */
function readEntry(file: string, bank: string, options: LoadOptions, cache: ReadonlyMap<string, FileEntry> | undefined, stats: LoadStats | undefined): FileEntry | undefined {
  const cached = cache?.get(file);
  let size: number;
  let mtimeMs: number;
  let bytes: Uint8Array | undefined;
  let fd: number | undefined;
  try {
    if (cached) {
      ({ size, mtimeMs } = statSync(file));
      if (cached.bank === bank && cached.size === size && cached.mtimeMs === mtimeMs) {
        if (stats) stats.cached++;
        return cached;
      }
      const large = tooLarge(file, size);
      if (large) return { file, bank, size, mtimeMs, problems: [large] };
      fd = openSync(file, OPEN_FLAGS);
      if (!fstatSync(fd).isFile()) return undefined;
    } else {
      fd = openSync(file, OPEN_FLAGS);
      const stat = fstatSync(fd);
      if (!stat.isFile()) return undefined;
      ({ size, mtimeMs } = stat);
      const large = tooLarge(file, size);
      if (large) return { file, bank, size, mtimeMs, problems: [large] };
    }
    bytes = readAll(fd, size);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // nothing is lost: the bytes, if any, are read
      }
    }
  }
  if (!bytes) return undefined;
  if (stats) stats.parsed++;
  const entry = parseEntry(file, bank, bytes, options);
  entry.size = size;
  entry.mtimeMs = mtimeMs;
  return entry;
}

/**
 * How bank files are opened. The walk skips links and anything but plain files, but `loadFile` is also
 * handed paths by the file watcher: a link there is not followed (as in the walk), and a named pipe
 * is not waited on (opening one to read blocks until something writes to it). Windows has neither flag.
 */
export const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function symlinkProblem(file: string): Problem {
  return { file, line: 1, column: 1, severity: 'warning', code: 'symlink', message: 'symbolic links are not followed in banks; this file was skipped' };
}

let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * The file's bytes, read into a reused buffer (`parseEntry` keeps none of them). Reading stops at the
 * size stat reported, without a read to find the end; undefined if the file has grown since.
 */
function readAll(fd: number, size: number): Uint8Array | undefined {
  const capacity = size + 1;
  if (scratch.length < capacity) scratch = Buffer.allocUnsafe(capacity);
  let length = 0;
  for (;;) {
    const read = readSync(fd, scratch, length, capacity - length, length);
    length += read;
    if (read === 0 || length >= size) break;
  }
  return length < capacity ? scratch.subarray(0, length) : undefined;
}

async function loadFileAsync(file: string, bank: string, options: LoadOptions = {}, cache?: ReadonlyMap<string, FileEntry>, stats?: LoadStats): Promise<FileEntry> {
  let bytes: Buffer;
  let size: number;
  let mtimeMs: number;
  try {
    const stat = await fs.lstat(file);
    if (stat.isSymbolicLink()) return { file, bank, problems: [symlinkProblem(file)] };
    if (!stat.isFile()) return { file, bank, problems: [{ file, line: 1, column: 1, severity: 'error', code: 'unreadable', message: 'not a regular file; bank files are plain markdown files' }] };
    ({ size, mtimeMs } = stat);
    const cached = cache?.get(file);
    if (cached && cached.bank === bank && cached.size === size && cached.mtimeMs === mtimeMs) {
      if (stats) stats.cached++;
      return cached;
    }
    const large = tooLarge(file, size);
    if (large) return { file, bank, size, mtimeMs, problems: [large] };
    bytes = await fs.readFile(file, { flag: OPEN_FLAGS });
  } catch (error) {
    return { file, bank, problems: [{ file, line: 1, column: 1, severity: 'error', code: 'unreadable', message: `cannot read file: ${(error as Error).message}` }] };
  }
  if (stats) stats.parsed++;
  return { ...parseEntry(file, bank, bytes, options), size, mtimeMs };
}

/** Synchronous work in slices, so a large bank never holds the event loop for long. */
class TimeSlice {
  private started = performance.now();
  private count = 0;

  constructor(private readonly budgetMs = 40) {}

  /** Checked per file, so the clock is read only every 64th time (and nothing is awaited otherwise). */
  due(): boolean {
    return (++this.count & 63) === 0 && performance.now() - this.started >= this.budgetMs;
  }

  async pause(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.started = performance.now();
  }
}

/** Bump when parsing changes what an entry holds, so older caches are ignored. */
export const CACHE_FORMAT = 1;

// The cache is one flat array, ROW_LENGTH values per file, rather than an object per file: for a
// 10,000-file bank it is 40% smaller and JSON.parse reads it in half the time (no repeated keys,
// each path once). Caches written before this layout have `entries` instead of `rows`, and are ignored.
// Row: file, bank (index into `banks`), size, mtimeMs, problems | 0, exercise | 0, then the question:
// 0 when there is none, its fields in FLAT_QUESTION order, or the object itself when its shape is unusual.
const FLAT_QUESTION = ['id', 'title', 'roles', 'topic', 'kind', 'difficulty', 'time', 'tags', 'evaluation', 'exercise', 'inferred'] as const;
const ROW_LENGTH = 6 + FLAT_QUESTION.length;

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
    rows.push(entry.file, bank, entry.size, entry.mtimeMs, entry.problems.length > 0 ? entry.problems : 0, entry.exercise ?? 0);
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
    const file = rows[at];
    const bank = banks[rows[at + 1] as number];
    const problems = rows[at + 4] === 0 ? [] : rows[at + 4];
    if (typeof file !== 'string' || typeof bank !== 'string' || !Array.isArray(problems)) continue;
    const entry: FileEntry = { file, bank, problems: problems as Problem[] };
    const first = rows[at + 6];
    if (typeof first === 'string') {
      // One literal, so every question gets the same shape; fields keep the order parsing gives them.
      const question: Question = { id: first, title: rows[at + 7], roles: rows[at + 8], topic: rows[at + 9], kind: rows[at + 10], difficulty: rows[at + 11], time: rows[at + 12], tags: rows[at + 13], evaluation: rows[at + 14] } as Question;
      if (rows[at + 15] !== 0) question.exercise = rows[at + 15] as string;
      if (rows[at + 16] !== 0) question.inferred = rows[at + 16] as string[];
      question.file = file;
      question.bank = bank;
      entry.question = question;
    } else if (typeof first === 'object' && first !== null) {
      entry.question = first as Question;
    }
    if (rows[at + 5] !== 0) entry.exercise = rows[at + 5] as Exercise;
    entry.size = rows[at + 2] as number;
    entry.mtimeMs = rows[at + 3] as number;
    entries.set(file, entry);
  }
  return entries;
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

/** `exercises/<id>/exercise.md` inside a bank names an exercise folder. */
export function exerciseFolderOf(file: string, bank: string): string | undefined {
  // An absolute path can only end in that name if it contains it: most files skip `path.relative`.
  if (path.isAbsolute(file) && !file.includes('exercise.md')) return undefined;
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

/** The bank files under `root`, in name order; `isBankFile` decided from the walk's own path segments. */
async function listMarkdownFiles(root: string, index: BankIndex, slice: TimeSlice): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, parts: string[]): Promise<void> => {
    let items: Dirent[];
    try {
      items = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      index.set({ file: dir, bank: root, problems: [{ file: dir, line: 1, column: 1, severity: 'error', code: 'unreadable', message: `cannot read bank folder: ${(error as Error).message}` }] });
      return;
    }
    items.sort((a, b) => a.name.localeCompare(b.name));
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    const exercisesAt = parts.indexOf('exercises');
    const exerciseFolder = parts.length >= 2 && parts[parts.length - 2] === 'exercises';
    for (const item of items) {
      const name = item.name;
      const full = prefix + name;
      if (item.isSymbolicLink()) {
        if (name.endsWith('.md')) index.set({ file: full, bank: root, problems: [symlinkProblem(full)] });
      } else if (item.isDirectory()) {
        if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) await walk(full, [...parts, name]);
      } else if (item.isFile() && name.endsWith('.md') && !SKIPPED_NAMES.test(name)) {
        if (exercisesAt < 0 || parts.length < exercisesAt + 2 || (exerciseFolder && name === 'exercise.md')) found.push(full);
      }
    }
    if (slice.due()) await slice.pause();
  };
  await walk(root, []);
  return found;
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

/**
 * Whether two indexes hold the very same entries in the same order. `loadBank` hands back the cached
 * entry object for a file that has not changed, so after a load from a cache this says whether the
 * check found anything new.
 */
export function sameEntries(a: BankIndex, b: BankIndex): boolean {
  if (a.size !== b.size) return false;
  const theirs = b.files();
  for (const entry of a.files()) if (theirs.next().value !== entry) return false;
  return true;
}
