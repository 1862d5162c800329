// Which files and folders of a bank the loader reads, and path containment checks.
import * as path from 'node:path';

export const SKIPPED_NAMES = /^(readme|index|changelog|contributing|license|summary|toc|table[-_ ]of[-_ ]contents)\.md$/i;
export const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** Whether `target` is `root` or inside it, by path alone (links are not resolved). */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(target));
  // Only a whole ".." segment leaves the root: a name such as "..data" is inside it.
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
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

