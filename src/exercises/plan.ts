// Plans which files a scaffold copies, refusing anything that would land outside the target folder.
// Pure Node (fs reads only): the VS Code shell performs the writes.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isInside } from '../bank/bankPaths';
import { SETTING_DEFAULTS } from '../config/defaults';
import type { Language } from '../bank/model';

export interface CopyStep {
  from: string;
  to: string;
}

export interface ScaffoldPlan {
  copies: CopyStep[];
  refused: string[];
}

/** Files a language folder of an exercise holds that are never scaffolded. */
export function isReferenceFile(name: string): boolean {
  return /^reference\.[a-z]+$/i.test(name);
}

/** True when `target` is inside `root` (or is it), after resolving `.` and `..`. */
/**
 * Lists the copies from `<exerciseDir>/<language>/` into `targetDir`. Symbolic links, names with
 * separators or `..`, and anything resolving outside either folder are refused, not copied.
 */
export async function planScaffold(exerciseDir: string, language: Language, targetDir: string): Promise<ScaffoldPlan> {
  const sourceDir = path.join(exerciseDir, language);
  const plan: ScaffoldPlan = { copies: [], refused: [] };
  const walk = async (dir: string): Promise<void> => {
    const items = await fs.readdir(dir, { withFileTypes: true });
    items.sort((a, b) => a.name.localeCompare(b.name));
    for (const item of items) {
      const from = path.join(dir, item.name);
      const relative = path.relative(sourceDir, from);
      const to = path.join(targetDir, relative);
      if (item.name === '..' || item.name.includes('/') || item.name.includes('\\') || !isInside(sourceDir, from) || !isInside(targetDir, to)) {
        plan.refused.push(relative);
      } else if (item.isSymbolicLink()) {
        plan.refused.push(relative);
      } else if (item.isDirectory()) {
        if (item.name !== '__pycache__' && item.name !== 'node_modules') await walk(from);
      } else if (item.isFile() && !(dir === sourceDir && isReferenceFile(item.name))) {
        plan.copies.push({ from, to });
      }
    }
  };
  const stat = await fs.lstat(sourceDir);
  if (!stat.isDirectory()) throw new Error(`exercise folder has no ${language} folder`);
  await walk(sourceDir);
  return plan;
}

/** A relative folder setting like `interview-exercises` resolved in a workspace; refuses escapes. */
export function exerciseTarget(workspaceRoot: string, folderSetting: string, exerciseId: string): string {
  const base = path.resolve(workspaceRoot, folderSetting || SETTING_DEFAULTS.exercisesFolder);
  // The setting is workspace-relative: an absolute path or ".." would scaffold outside the workspace.
  if (!isInside(workspaceRoot, base)) throw new Error(`the exercises folder "${folderSetting}" is outside the workspace folder`);
  const target = path.join(base, exerciseId);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(exerciseId) || !isInside(base, target)) throw new Error(`invalid exercise id "${exerciseId}"`);
  return target;
}

/**
 * The check `exerciseTarget` cannot make from the text of a path: that no link on the way (an
 * exercises folder that is a symbolic link, say) leads the target out of the workspace. Checks the
 * nearest part of the target that exists, with links resolved.
 */
export async function assertRealTargetInside(workspaceRoot: string, target: string): Promise<void> {
  const root = await fs.realpath(workspaceRoot);
  let existing = path.resolve(target);
  for (;;) {
    try {
      existing = await fs.realpath(existing);
      break;
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) throw new Error(`cannot resolve "${target}"`);
      existing = parent;
    }
  }
  if (!isInside(root, existing)) throw new Error(`the exercises folder leads outside the workspace folder (to ${existing}) through a link`);
}
