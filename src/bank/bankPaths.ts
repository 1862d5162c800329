// Which files and folders of a bank the loader reads, and path containment checks.
import * as path from 'node:path';

export const SKIPPED_NAMES = /^(readme|index|changelog|contributing|license|summary|toc|table[-_ ]of[-_ ]contents)\.md$/i;
export const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/** Files other than markdown that a reader may expect to see loaded, or to see said why not. */
const NOTED_NAMES = /^(readme|license|licence|copying|notice|changelog|contributing|authors)(\.[\w-]{1,12})?$|\.txt$/i;

/**
 * Why the walk does not read a file it meets outside the exercises, when a reader should be told:
 * a README, a licence, or text that is not markdown. Undefined for files it reads, and for files
 * of another kind (JSON, images), which no one would take for questions.
 */
export function skipReason(name: string): string | undefined {
  if (name.endsWith('.md'))
    return SKIPPED_NAMES.test(name) ? 'not read: README, index, licence, changelog, contributing and table-of-contents files are not questions' : undefined;
  return NOTED_NAMES.test(name) ? 'not read: only markdown (.md) files hold questions' : undefined;
}

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
