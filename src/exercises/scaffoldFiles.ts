// The files a scaffold writes: copies that never overwrite the user's work, and the README with the
// exercise's prompt and hints (the model answer stays in the bank).
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { detailFromText } from '../bank/detail';
import type { Exercise, Question } from '../bank/model';

/** Copies `from` to `to` unless `to` exists; true when it copied. */
export async function copyIfAbsent(from: string, to: string): Promise<boolean> {
  try {
    await fs.copyFile(from, to, fsConstants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Writes `text` to `file` unless it exists; true when it wrote. */
export async function writeIfAbsent(file: string, text: string): Promise<boolean> {
  try {
    await fs.writeFile(file, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The hint line of a re-solve's README, whose hints are shown one at a time and counted. */
export const COUNTED_HINTS_LINE =
  'Hints: run **Interview Prep: Show Exercise Hint** for one at a time. Each hint used lowers the grade of this re-solve a step.';

/**
 * The exercise's prompt for the workspace, with its hints folded away (`inline`) or left out for a
 * timed re-solve, which shows them one at a time and counts them (`counted`). The model answer
 * stays in the bank.
 */
export async function promptReadme(exercise: Exercise, question: Question | undefined, hints: 'inline' | 'counted' = 'inline'): Promise<string> {
  const detail = await exerciseDetail(exercise);
  const hintText = !detail.hints.length
    ? ''
    : hints === 'counted'
      ? `\n\n${COUNTED_HINTS_LINE}`
      : `\n\n<details><summary>Hints</summary>\n\n${detail.hints.map((hint) => `- ${hint}`).join('\n')}\n\n</details>`;
  return `# ${question?.title ?? exercise.id}\n\n${detail.prompt}${hintText}\n\nRun the tests with **Interview Prep: Run Exercise Tests** (or the CodeLens above the solution).\n`;
}

/** The exercise's own prompt and hints, from its exercise.md. */
export async function exerciseDetail(exercise: Exercise): Promise<{ prompt: string; hints: string[] }> {
  const file = path.join(exercise.dir, 'exercise.md');
  return detailFromText({ file, evaluation: [] }, await fs.readFile(file, 'utf8'));
}
