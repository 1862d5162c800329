// Small per-machine files in the shared history folder, for what is not an attempt: the study plan
// and each question's notes and draft. The rule is the log's: each machine writes only files named
// by its own machine id, and reading looks at every machine's copy and keeps the newest. Nothing
// here creates the shared folder itself (it may be a drive that is not connected). Pure Node.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isMachineId } from './sharedHistory';
import { exists, renameWithRetry } from './durableFiles';

/** Where one machine keeps its copy of `name` in `folder`: `<name>-<machine>.json`, or in a `<name>-<machine>/` folder when `item` is given. */
export function sharedFile(folder: string, name: string, machine: string, item?: string): string {
  return item === undefined ? path.join(folder, `${name}-${machine}.json`) : path.join(folder, `${name}-${machine}`, `${item}.json`);
}

/**
 * Writes this machine's copy (temp file, then rename, so a reader or a sync tool never sees half of
 * it). Returns false, writing nothing, when the shared folder is missing.
 */
export async function writeShared(folder: string, name: string, machine: string, value: unknown, item?: string): Promise<boolean> {
  if (!(await exists(folder))) return false;
  const file = sharedFile(folder, name, machine, item);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temp, JSON.stringify(value));
  await renameWithRetry(temp, file);
  return true;
}

/**
 * Every machine's copy of `name` (of `item` in it, when given) that parses and passes `check`, with
 * the machine it came from. A half-delivered, foreign or damaged file is skipped, never repaired.
 */
export async function readShared<T>(
  folder: string,
  name: string,
  check: (value: unknown) => value is T,
  item?: string,
): Promise<{ machine: string; value: T }[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(folder);
  } catch {
    return [];
  }
  const prefix = `${name}-`;
  const found: { machine: string; value: T }[] = [];
  for (const entry of entries.sort()) {
    const machine = item === undefined ? (entry.endsWith('.json') ? entry.slice(prefix.length, -'.json'.length) : '') : entry.slice(prefix.length);
    if (!entry.startsWith(prefix) || !isMachineId(machine)) continue;
    try {
      const value: unknown = JSON.parse(await fs.readFile(sharedFile(folder, name, machine, item), 'utf8'));
      if (check(value)) found.push({ machine, value });
    } catch {
      // Not there for this item, or not complete yet: the next read sees it once the sync finishes.
    }
  }
  return found;
}

/** The newest of several copies by an ISO time they carry; ties go to the first given. */
export function newest<T>(copies: readonly T[], timeOf: (copy: T) => string): T | undefined {
  let best: T | undefined;
  for (const copy of copies) if (best === undefined || timeOf(copy) > timeOf(best)) best = copy;
  return best;
}
