// The server's view of every bank file: its id, the exercise it names, and the values authors reuse
// (roles, topics, tags). Summaries only, never whole files, so a 10,000-file bank stays small.
// Built once by scanning the banks in batches, then kept current from open documents and file events.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { OPEN_FLAGS } from '../bank/bankLoader';
import { exerciseFolderOf, isBankFile } from '../bank/bankPaths';
import { MAX_FILE_BYTES, readFrontMatter } from '../bank/parse';
import { splitSections } from '../bank/sections';
import type { KeyPosition } from '../bank/validate';
import { isInside } from '../bank/bankPaths';

/** 0-based line and characters (end exclusive) of a value in a file. */
export interface Span {
  line: number;
  start: number;
  end: number;
}

export interface FileSummary {
  file: string;
  bank: string;
  id?: string;
  idAt?: Span;
  /** The `exercise:` value, as written. */
  exercise?: string;
  exerciseAt?: Span;
  /** Set for `exercises/<id>/exercise.md`: the exercise this file defines. */
  definesExercise?: string;
  title?: string;
  topic?: string;
  kind?: string;
  difficulty?: string;
  roles: string[];
  tags: string[];
  /** The start of the prompt, kept for exercises only (shown on hover). */
  promptHead?: string;
}

export type CountedField = 'roles' | 'tags' | 'topic';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const PROMPT_HEAD_LINES = 6;

export function summarize(file: string, bank: string, text: string): FileSummary {
  const summary: FileSummary = { file, bank, roles: [], tags: [] };
  const folderId = exerciseFolderOf(file, bank);
  if (folderId) summary.definesExercise = folderId;
  const front = readFrontMatter(file, text);
  if (!front || 'problem' in front) return summary;
  const { data, keys } = front;
  summary.id = asText(data.id);
  summary.idAt = spanOf(keys.get('id'));
  summary.exercise = asText(data.exercise);
  summary.exerciseAt = spanOf(keys.get('exercise'));
  summary.title = asText(data.title);
  summary.topic = asText(data.topic);
  summary.kind = asText(data.kind);
  summary.difficulty = asText(data.difficulty);
  summary.roles = asList(data.roles);
  summary.tags = asList(data.tags);
  if (folderId) {
    const prompt = splitSections(front.content).prompt;
    if (prompt) summary.promptHead = prompt.split(/\r?\n/).slice(0, PROMPT_HEAD_LINES).join('\n');
  }
  return summary;
}

function spanOf(position: KeyPosition | undefined): Span | undefined {
  return position && { line: position.line - 1, start: position.valueColumn - 1, end: position.valueEndColumn - 1 };
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function asList(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
}

export class WorkspaceIndex {
  readonly banks: readonly string[];
  private readonly summaries = new Map<string, FileSummary>();
  private readonly byId = new Map<string, Set<string>>();
  private readonly byExercise = new Map<string, Set<string>>();
  /** Files open in the editor: their text, not the disk, is the truth. */
  private readonly open = new Set<string>();
  /** Files updated while the first scan runs, which its older reads must not overwrite. */
  private touched: Set<string> | undefined;
  private built = false;
  private version = 0;
  private counted = new Map<string, { version: number; counts: Map<string, number> }>();

  constructor(banks: readonly string[]) {
    this.banks = banks.map((bank) => path.resolve(bank));
  }

  /** True once every bank file has been read. */
  get ready(): boolean {
    return this.built;
  }

  get size(): number {
    return this.summaries.size;
  }

  /** The innermost bank holding `file`. */
  bankOf(file: string): string | undefined {
    let best: string | undefined;
    for (const bank of this.banks) if (isInside(bank, file) && (best === undefined || bank.length > best.length)) best = bank;
    return best;
  }

  /** Reads every bank file, a batch at a time, yielding between batches so requests are answered meanwhile. */
  async build(batchSize = 64): Promise<void> {
    this.touched = new Set();
    try {
      const files = new Set<string>();
      for (const bank of new Set(this.banks)) await listBankFiles(bank, bank, files);
      const list = [...files];
      for (let start = 0; start < list.length; start += batchSize) {
        await Promise.all(
          list.slice(start, start + batchSize).map(async (file) => {
            const bank = this.bankOf(file);
            if (!bank || !isBankFile(file, bank)) return;
            const text = await readText(file);
            if (text === undefined || this.touched?.has(file) || this.open.has(file)) return;
            this.put(summarize(file, bank, text));
          }),
        );
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.touched = undefined;
      this.built = true;
    }
  }

  /**
   * Records an open document's text. Returns true when what other files are checked against changed
   * (an id or an exercise), so their diagnostics need a refresh.
   */
  setOpenText(file: string, text: string): boolean {
    const bank = this.bankOf(file);
    if (!bank || !isBankFile(file, bank)) return false;
    this.open.add(file);
    this.touched?.add(file);
    return this.put(summarize(file, bank, text));
  }

  /** A closed document falls back to what is on disk (its edits may not have been saved). */
  async closed(file: string): Promise<boolean> {
    if (!this.open.delete(file)) return false;
    return this.refresh(file);
  }

  /** Re-reads a file from disk after it was created or changed there; a created folder is scanned. */
  async refresh(file: string): Promise<boolean> {
    const bank = this.bankOf(file);
    if (!bank || this.open.has(file)) return false;
    if (!file.endsWith('.md')) {
      const isFolder = await fs.promises.stat(file).then(
        (stat) => stat.isDirectory(),
        () => false,
      );
      if (!isFolder) return false;
      const found = new Set<string>();
      await listBankFiles(bank, file, found);
      let changed = false;
      for (const inner of found) changed = (await this.refresh(inner)) || changed;
      return changed;
    }
    if (!isBankFile(file, bank)) return false;
    this.touched?.add(file);
    const text = await readText(file);
    if (this.open.has(file)) return false;
    return text === undefined ? this.remove(file) : this.put(summarize(file, bank, text));
  }

  /** Forgets a deleted file, or every file under a deleted folder, except documents still open. */
  remove(target: string): boolean {
    let changed = false;
    const prefix = target.endsWith(path.sep) ? target : target + path.sep;
    const doomed = this.summaries.has(target) ? [target] : [...this.summaries.keys()].filter((file) => file.startsWith(prefix));
    for (const file of doomed) {
      if (this.open.has(file)) continue;
      this.touched?.add(file);
      const dropped = this.drop(file);
      changed = changed || dropped?.id !== undefined || dropped?.definesExercise !== undefined;
    }
    return changed;
  }

  get(file: string): FileSummary | undefined {
    return this.summaries.get(file);
  }

  withId(id: string): FileSummary[] {
    return this.lookup(this.byId, id);
  }

  /** The file that defines an exercise; the first bank wins, as when the bank is loaded. */
  exercise(id: string): FileSummary | undefined {
    return this.lookup(this.byExercise, id).sort((a, b) => this.rank(a.bank) - this.rank(b.bank) || a.file.localeCompare(b.file))[0];
  }

  exerciseIds(): string[] {
    return [...this.byExercise.keys()].sort();
  }

  /** How often each value of a field is used, optionally only by files in one folder. */
  counts(field: CountedField, folder?: string): Map<string, number> {
    const key = `${field}\0${folder ?? ''}`;
    const cached = this.counted.get(key);
    if (cached?.version === this.version) return cached.counts;
    const counts = new Map<string, number>();
    for (const summary of this.summaries.values()) {
      if (folder !== undefined && path.dirname(summary.file) !== folder) continue;
      const values = field === 'topic' ? (summary.topic ? [summary.topic] : []) : summary[field];
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    this.counted.set(key, { version: this.version, counts });
    return counts;
  }

  rank(bank: string): number {
    const index = this.banks.indexOf(bank);
    return index < 0 ? this.banks.length : index;
  }

  private lookup(map: Map<string, Set<string>>, key: string): FileSummary[] {
    return [...(map.get(key) ?? [])].map((file) => this.summaries.get(file)).filter((summary): summary is FileSummary => summary !== undefined);
  }

  private put(summary: FileSummary): boolean {
    const before = this.summaries.get(summary.file);
    this.drop(summary.file);
    this.summaries.set(summary.file, summary);
    this.version++;
    if (summary.id !== undefined) addTo(this.byId, summary.id, summary.file);
    if (summary.definesExercise !== undefined) addTo(this.byExercise, summary.definesExercise, summary.file);
    if (!before) return summary.id !== undefined || summary.definesExercise !== undefined;
    return before.id !== summary.id || before.definesExercise !== summary.definesExercise;
  }

  private drop(file: string): FileSummary | undefined {
    const before = this.summaries.get(file);
    if (!before) return undefined;
    this.summaries.delete(file);
    this.version++;
    if (before.id !== undefined) removeFrom(this.byId, before.id, file);
    if (before.definesExercise !== undefined) removeFrom(this.byExercise, before.definesExercise, file);
    return before;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, file: string): void {
  const set = map.get(key);
  if (set) set.add(file);
  else map.set(key, new Set([file]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, file: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(file);
  if (set.size === 0) map.delete(key);
}

const HEAD_BYTES = 16 * 1024;
const openFile = promisify(fs.open);
const readBytes = promisify(fs.read);
const statFd = promisify(fs.fstat);
const closeFile = promisify(fs.close);

/**
 * The start of a file: enough for its front matter and the first prompt lines. Reading only the head
 * (and the callback API rather than FileHandle) keeps a scan of thousands of files quick.
 */
async function readText(file: string): Promise<string | undefined> {
  let fd: number | undefined;
  try {
    // As the loader does: a link is not followed and a named pipe is not waited on.
    fd = await openFile(file, OPEN_FLAGS);
    if (!(await statFd(fd)).isFile()) return undefined;
    let buffer = Buffer.allocUnsafe(HEAD_BYTES);
    let { bytesRead } = await readBytes(fd, buffer, 0, HEAD_BYTES, 0);
    if (bytesRead === HEAD_BYTES && !closesFrontMatter(buffer.toString('utf8', 0, bytesRead))) {
      const { size } = await statFd(fd);
      if (size > MAX_FILE_BYTES) return undefined;
      buffer = Buffer.concat([buffer, Buffer.allocUnsafe(size - HEAD_BYTES)]);
      bytesRead += (await readBytes(fd, buffer, HEAD_BYTES, size - HEAD_BYTES, HEAD_BYTES)).bytesRead;
    }
    const text = buffer.toString('utf8', 0, bytesRead);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) await closeFile(fd).catch(() => undefined);
  }
}

function closesFrontMatter(head: string): boolean {
  return !/^\uFEFF?---[ \t]*\r?\n/.test(head) || /\n(---|\.\.\.)[ \t]*\r?\n/.test(head);
}

/** Markdown files the bank loader would read; symbolic links and hidden folders are skipped, as there. */
async function listBankFiles(bank: string, dir: string, found: Set<string>): Promise<void> {
  let items: fs.Dirent[];
  try {
    items = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const item of items) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) {
      if (!SKIPPED_DIRS.has(item.name) && !item.name.startsWith('.')) await listBankFiles(bank, full, found);
    } else if (item.isFile() && isBankFile(full, bank)) {
      found.add(full);
    }
  }
}
