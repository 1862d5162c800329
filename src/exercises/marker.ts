// The marker file in each scaffolded exercise folder: which exercise the folder holds, and when each
// language was scaffolded (the start of an attempt's time). Later runs find their folder by it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Language } from '../bank/model';

export const MARKER_FILE = '.interview-prep.json';

export interface Marker {
  exercise: string;
  /** ISO time each language was first scaffolded. */
  scaffolded: Partial<Record<Language, string>>;
}

export async function readMarker(folder: string): Promise<Marker | undefined> {
  try {
    const marker = JSON.parse(await fs.readFile(path.join(folder, MARKER_FILE), 'utf8')) as Marker;
    return typeof marker.exercise === 'string' && typeof marker.scaffolded === 'object' && marker.scaffolded !== null ? marker : undefined;
  } catch {
    return undefined;
  }
}

/** The scaffolded folder `file` is in: its own folder or one of the five above it. */
export async function findMarkerFolder(file: string): Promise<string | undefined> {
  let dir = path.dirname(file);
  for (let depth = 0; depth < 6; depth++) {
    if (await readMarker(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Records that `language` is scaffolded in `folder`, keeping the time of the first scaffold. */
export async function markScaffolded(folder: string, exercise: string, language: Language): Promise<void> {
  const marker = (await readMarker(folder)) ?? { exercise, scaffolded: {} };
  marker.scaffolded[language] ??= new Date().toISOString();
  await fs.writeFile(path.join(folder, MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
}
