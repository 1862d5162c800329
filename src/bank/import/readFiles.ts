// Files and folders picked for import read into items: folders walked (symbolic links not
// followed, hidden and dependency folders skipped), each file capped at the loader's size limit.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SKIPPED_DIRS } from '../bankPaths';
import { IMPORT_EXTENSIONS, readImport } from './readImport';
import type { ImportResult } from './types';

/** The same cap as bank files. */
export const IMPORT_MAX_BYTES = 1024 * 1024;
const MAX_FILES = 5000;

async function listFiles(root: string, out: string[], skipped: string[]): Promise<void> {
  const stat = await fs.lstat(root);
  if (stat.isSymbolicLink()) {
    skipped.push(`${root}: a symbolic link, not followed`);
    return;
  }
  if (stat.isFile()) {
    out.push(root);
    return;
  }
  if (!stat.isDirectory()) return;
  const entries = await fs.readdir(root, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (out.length >= MAX_FILES) return;
    const full = path.join(root, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) await listFiles(full, out, skipped);
    else if (entry.isFile() && IMPORT_EXTENSIONS.includes(path.extname(entry.name).slice(1).toLowerCase())) out.push(full);
  }
}

/** Everything the picked paths give, in order; `origin`s name files relative to the picked folder. */
export async function readImportPaths(picked: readonly string[]): Promise<ImportResult> {
  const result: ImportResult = { items: [], skipped: [] };
  for (const root of picked) {
    const files: string[] = [];
    try {
      await listFiles(root, files, result.skipped);
    } catch (error) {
      result.skipped.push(`${root}: not read: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const base = files.length === 1 && files[0] === root ? path.dirname(root) : root;
    for (const file of files) {
      const name = path.relative(base, file) || path.basename(file);
      try {
        const handle = await fs.open(file, 'r');
        try {
          const { size } = await handle.stat();
          if (size > IMPORT_MAX_BYTES) {
            result.skipped.push(`${name}: larger than 1 MB, not imported`);
            continue;
          }
          const bytes = await handle.readFile();
          const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          const read = readImport(text, name);
          result.items.push(...read.items);
          result.skipped.push(...read.skipped);
        } finally {
          await handle.close();
        }
      } catch (error) {
        result.skipped.push(`${name}: not read: ${error instanceof TypeError ? 'not UTF-8 text' : error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return result;
}

/** A folder name for the import: the picked file's or folder's name as a slug-friendly word. */
export function sourceName(picked: readonly string[]): string {
  if (picked.length !== 1) return 'imported';
  return path.basename(picked[0]).replace(/\.[^.]+$/, '') || 'imported';
}
