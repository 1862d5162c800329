// Imported items written as question files into a bank folder: one file per item, ids unique
// among themselves and the ids given, and an existing file never overwritten (a new name is picked,
// and the write itself refuses to replace a file that appeared meanwhile).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULTS, questionFileText, slugOf, type FileDefaults } from './questionFile';
import type { ImportedItem } from './types';

export interface WrittenFile {
  file: string;
  id: string;
  item: ImportedItem;
}

export interface WriteReport {
  written: WrittenFile[];
  /** Items not written, each with why. */
  skipped: string[];
}

export interface WriteOptions {
  /** Ids already in use (in every loaded bank): never given again. */
  takenIds?: ReadonlySet<string>;
  /** Prefixed to every id, e.g. the source's name. */
  idPrefix?: string;
  defaults?: FileDefaults;
}

/** Ids for the items, in order: the prefix and title slug, with -2, -3… when taken. */
export function importIds(items: readonly ImportedItem[], options: WriteOptions = {}): string[] {
  const taken = new Set(options.takenIds ?? []);
  const prefix = options.idPrefix ? slugOf(options.idPrefix, 30) : '';
  return items.map((item) => {
    const base = prefix ? `${prefix}-${slugOf(item.title, 50)}` : slugOf(item.title);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** Writes the items into `dir` (created if missing). Never throws for one item: its failure is reported. */
export function writeQuestions(dir: string, items: readonly ImportedItem[], options: WriteOptions = {}): WriteReport {
  mkdirSync(dir, { recursive: true });
  const report: WriteReport = { written: [], skipped: [] };
  const ids = importIds(items, options);
  const used = new Set([...(options.takenIds ?? []), ...ids]);
  items.forEach((item, index) => {
    let id = ids[index];
    const text = (candidate: string) => questionFileText(item, candidate, options.defaults ?? DEFAULTS);
    for (let attempt = 1; attempt <= 100; attempt++) {
      const candidate = attempt === 1 ? id : `${ids[index]}-${attempt}`;
      if (attempt > 1 && used.has(candidate)) continue;
      used.add(candidate);
      const file = path.join(dir, `${candidate}.md`);
      try {
        writeFileSync(file, text(candidate), { flag: 'wx' });
        id = candidate;
        report.written.push({ file, id, item });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        report.skipped.push(`${item.origin}: not written: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
    report.skipped.push(`${item.origin}: not written: 100 files named ${id}-… exist already`);
  });
  return report;
}
