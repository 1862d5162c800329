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
  /**
   * Set for a file from the bank's shared `exercises/_support/<language>/` folder rather than the
   * exercise's own: `harness` for code the tests import (the CPU-time limits), `editor` for files
   * only the editor reads (tsconfig.json, type declarations), which a reset leaves as they are.
   */
  shared?: 'harness' | 'editor';
}

export interface ScaffoldPlan {
  copies: CopyStep[];
  refused: string[];
}

/** The folder beside the exercises of a bank whose `<language>/` files every scaffold of that language also gets. */
export const SUPPORT_FOLDER = '_support';

/** Files a language folder of an exercise holds that are never scaffolded. */
export function isReferenceFile(name: string): boolean {
  return /^reference\.[a-z]+$/i.test(name);
}

/** Support files that only the editor reads: its project settings and type declarations. */
export function isEditorFile(name: string): boolean {
  return name === 'tsconfig.json' || name === 'jsconfig.json' || name.endsWith('.d.ts');
}

/** Whether a reset leaves the file of `copy` as it is when it exists (the editor's files may hold the user's settings by now). */
export function keptOnReset(copy: CopyStep): boolean {
  return copy.shared === 'editor';
}

/**
 * Lists the copies from `<exerciseDir>/<language>/` into `targetDir`, then those from the bank's
 * `exercises/_support/<language>/` (when there is one) that the exercise does not have itself.
 * Symbolic links, names with separators or `..`, and anything resolving outside either folder are
 * refused, not copied.
 */
export async function planScaffold(exerciseDir: string, language: Language, targetDir: string): Promise<ScaffoldPlan> {
  const sourceDir = path.join(exerciseDir, language);
  const plan: ScaffoldPlan = { copies: [], refused: [] };
  const stat = await fs.lstat(sourceDir);
  if (!stat.isDirectory()) throw new Error(`exercise folder has no ${language} folder`);
  await collect(sourceDir, targetDir, plan, (relative) => relative);

  const supportDir = path.join(path.dirname(exerciseDir), SUPPORT_FOLDER, language);
  const support = await fs.lstat(supportDir).catch(() => undefined);
  if (support?.isDirectory()) {
    const own = new Set(plan.copies.map((copy) => path.resolve(copy.to)));
    const shared: ScaffoldPlan = { copies: [], refused: [] };
    await collect(supportDir, targetDir, shared, (relative) => path.join('..', SUPPORT_FOLDER, language, relative));
    plan.refused.push(...shared.refused);
    for (const copy of shared.copies) {
      if (own.has(path.resolve(copy.to))) continue;
      plan.copies.push({ ...copy, shared: isEditorFile(path.basename(copy.to)) ? 'editor' : 'harness' });
    }
  } else if (support?.isSymbolicLink()) {
    plan.refused.push(path.join('..', SUPPORT_FOLDER, language));
  }
  return plan;
}

/** Adds the files under `sourceDir` (but a reference solution at its top) to `plan`, copied to the same place under `targetDir`. */
async function collect(sourceDir: string, targetDir: string, plan: ScaffoldPlan, named: (relative: string) => string): Promise<void> {
  const walk = async (dir: string): Promise<void> => {
    const items = await fs.readdir(dir, { withFileTypes: true });
    items.sort((a, b) => a.name.localeCompare(b.name));
    for (const item of items) {
      const from = path.join(dir, item.name);
      const relative = path.relative(sourceDir, from);
      const to = path.join(targetDir, relative);
      if (item.name === '..' || item.name.includes('/') || item.name.includes('\\') || !isInside(sourceDir, from) || !isInside(targetDir, to)) {
        plan.refused.push(named(relative));
      } else if (item.isSymbolicLink()) {
        plan.refused.push(named(relative));
      } else if (item.isDirectory()) {
        if (item.name !== '__pycache__' && item.name !== 'node_modules') await walk(from);
      } else if (item.isFile() && !(dir === sourceDir && isReferenceFile(item.name))) {
        plan.copies.push({ from, to });
      }
    }
  };
  await walk(sourceDir);
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
