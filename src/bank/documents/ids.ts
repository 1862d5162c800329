// Ids for the units of one file, and the headings that do not tell questions apart.
import { KNOWN_ROLES } from '../model';
import { flatten, head } from './text';
import type { DocumentUnit } from './types';

const SLUG_LIMIT = 60;
/** How many files of one folder must open with the same heading for it to be boilerplate. */
export const BOILERPLATE_FILES = 3;

/** The ASCII slug of a unit's key: words joined by dashes, at most 60 characters, cut at a dash where it can be. */
export function keySlug(key: string): string {
  const slug = head(key, 400)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_LIMIT) return slug;
  const dash = slug.lastIndexOf('-', SLUG_LIMIT);
  return (dash >= SLUG_LIMIT / 2 ? slug.slice(0, dash) : slug.slice(0, SLUG_LIMIT)).replace(/-+$/, '');
}

/** FNV-1a of a key, for questions written without a Latin letter or digit: a stable 8-hex-digit name. */
function hashKey(key: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < key.length; at++) {
    hash ^= key.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Stable, unique ids for a file's units: `<fileSlug>-<slug of key, ≤ 60 chars>`, `-2`, `-3` on a
 * collision within the file. The same question keeps its id when questions are inserted before it.
 */
export function unitIds(fileSlug: string, units: DocumentUnit[]): string[] {
  const used = new Set<string>();
  // The last suffix given to each base, so a thousand copies of one question cost a thousand steps, not a million.
  const suffixes = new Map<string, number>();
  return units.map((unit) => {
    const slug = keySlug(unit.key) || `q-${hashKey(unit.key)}`;
    const base = fileSlug ? `${fileSlug}-${slug}` : slug;
    let id = base;
    if (used.has(id)) {
      let suffix = suffixes.get(base) ?? 1;
      do id = `${base}-${++suffix}`;
      while (used.has(id));
      suffixes.set(base, suffix);
    }
    used.add(id);
    return id;
  });
}

const ROLE_PHRASES = [
  ...KNOWN_ROLES.map((role) => role.toLowerCase()),
  'machine learning engineer',
  'ml ops engineer',
  'research scientist',
  'software developer',
];
// Words that say what every file of an interview bank is: with a role, nothing a question is known by.
const GENERIC_WORDS = new Set([
  'interview',
  'interviews',
  'question',
  'questions',
  'q',
  'qa',
  'a',
  'an',
  'the',
  'and',
  'answer',
  'answers',
  'for',
  'of',
  'prep',
  'practice',
]);

/** What two headings share when they say the same thing: their lowercase words, space-delimited. */
export function headingWords(heading: string): string {
  return ` ${flatten(heading)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Whether a heading names only a role and words such as "Interview Question" (see `wordsNameOnlyRole`). */
export function namesOnlyRole(heading: string): boolean {
  return wordsNameOnlyRole(headingWords(heading));
}

/** Whether a heading names only a role and words such as "Interview Questions": "AI Engineer", "Interview Question", "ML Engineer – Interview Questions". */
function wordsNameOnlyRole(words: string): boolean {
  let rest = words;
  for (const phrase of ROLE_PHRASES) rest = rest.split(` ${phrase}s `).join(' ').split(` ${phrase} `).join(' ');
  return rest
    .trim()
    .split(' ')
    .every((word) => word === '' || GENERIC_WORDS.has(word) || /^\d+$/.test(word));
}

function folderOf(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return slash < 0 ? '' : file.slice(0, slash);
}

/**
 * §2: titles that do not tell questions apart. Given each file's first heading, the ones that are
 * boilerplate: the same text opens three or more files of one folder, or it names only a role or
 * "Interview Question(s)". The set holds the headings as given.
 */
export function boilerplateHeadings(headingsByFile: Map<string, string | undefined>): Set<string> {
  const boilerplate = new Set<string>();
  const byFolder = new Map<string, Map<string, string[]>>();
  for (const [file, heading] of headingsByFile) {
    if (heading === undefined) continue;
    const words = headingWords(heading);
    if (wordsNameOnlyRole(words)) {
      boilerplate.add(heading);
      continue;
    }
    const folder = folderOf(file);
    let texts = byFolder.get(folder);
    if (!texts) byFolder.set(folder, (texts = new Map()));
    const same = texts.get(words);
    if (same) same.push(heading);
    else texts.set(words, [heading]);
  }
  for (const texts of byFolder.values()) {
    for (const same of texts.values()) if (same.length >= BOILERPLATE_FILES) for (const heading of same) boilerplate.add(heading);
  }
  return boilerplate;
}
