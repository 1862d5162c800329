// Loads bank folders into an index: walks each folder, reads every bank file (a fast synchronous path,
// an asynchronous one that reports what the fast one cannot) and parses it into its entry.
import { closeSync, constants, fstatSync, promises as fs, openSync, readdirSync, readSync, statSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { BankIndex, type BankSource } from './bankIndex';
import { SKIPPED_DIRS, SKIPPED_NAMES, skipReason } from './bankPaths';
import { parseEntry, type FileEntry, type LoadOptions } from './fileEntry';
import type { Problem } from './model';
import { tooLarge } from './parse';
import { TimeSlice } from './timeSlice';

export interface LoadStats {
  parsed: number;
  cached: number;
}

/**
 * Loads every source into a fresh index. With `cache` (entries from an earlier load), a file whose
 * size and modification time are unchanged is not read again.
 */
export async function loadBank(
  sources: readonly BankSource[],
  options: LoadOptions = {},
  cache?: ReadonlyMap<string, FileEntry>,
  stats?: LoadStats,
): Promise<BankIndex> {
  const index = new BankIndex(sources);
  const seen = new Set<string>();
  const slice = new TimeSlice();
  for (const source of sources) {
    const root = path.resolve(source.path);
    if (seen.has(root)) continue;
    seen.add(root);
    for (const file of await listMarkdownFiles(root, index, slice)) {
      index.set(readEntry(file, root, options, cache, stats) ?? (await loadFileAsync(file, root, options, cache, stats)));
      if (slice.due()) await slice.pause();
    }
  }
  return index;
}

/** Parses one file of a bank into its entry. Never throws: every failure becomes a problem. */
export async function loadFile(
  file: string,
  bank: string,
  options: LoadOptions = {},
  cache?: ReadonlyMap<string, FileEntry>,
  stats?: LoadStats,
): Promise<FileEntry> {
  return readEntry(file, bank, options, cache, stats) ?? loadFileAsync(file, bank, options, cache, stats);
}

/**
 * The fast path for one file: synchronous calls, four system calls for a new file (open, fstat, read,
 * close) and one (stat) for an unchanged cached one. Stating the benchmark's 10,000 files takes 40-50 ms
 * this way and 150-250 ms as promises in batches of 64 (docs/BENCHMARKS.md). Undefined when anything fails: the
 * asynchronous path then reports it with its usual message.
 */
function readEntry(
  file: string,
  bank: string,
  options: LoadOptions,
  cache: ReadonlyMap<string, FileEntry> | undefined,
  stats: LoadStats | undefined,
): FileEntry | undefined {
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

async function loadFileAsync(
  file: string,
  bank: string,
  options: LoadOptions = {},
  cache?: ReadonlyMap<string, FileEntry>,
  stats?: LoadStats,
): Promise<FileEntry> {
  let bytes: Buffer;
  let size: number;
  let mtimeMs: number;
  try {
    const stat = await fs.lstat(file);
    if (stat.isSymbolicLink()) return { file, bank, problems: [symlinkProblem(file)] };
    if (!stat.isFile())
      return {
        file,
        bank,
        problems: [{ file, line: 1, column: 1, severity: 'error', code: 'unreadable', message: 'not a regular file; bank files are plain markdown files' }],
      };
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
    return {
      file,
      bank,
      problems: [{ file, line: 1, column: 1, severity: 'error', code: 'unreadable', message: `cannot read file: ${(error as Error).message}` }],
    };
  }
  if (stats) stats.parsed++;
  return { ...parseEntry(file, bank, bytes, options), size, mtimeMs };
}

/** The bank files under `root`, in name order; `isBankFile` decided from the walk's own path segments. */
async function listMarkdownFiles(root: string, index: BankIndex, slice: TimeSlice): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, parts: string[]): Promise<void> => {
    let items: Dirent[];
    try {
      items = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      index.set({
        file: dir,
        bank: root,
        problems: [{ file: dir, line: 1, column: 1, severity: 'error', code: 'unreadable', message: `cannot read bank folder: ${(error as Error).message}` }],
      });
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
      } else if (item.isFile() && exercisesAt < 0) {
        // Never silently: a README or a licence is skipped, and the load report says so.
        const reason = skipReason(name);
        if (reason) index.skip(full, reason);
      }
    }
    if (slice.due()) await slice.pause();
  };
  await walk(root, []);
  return found;
}
