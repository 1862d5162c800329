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

/** The exercise's prompt and hints for the workspace; the model answer stays in the bank. */
export async function promptReadme(exercise: Exercise, question: Question | undefined): Promise<string> {
  const file = path.join(exercise.dir, 'exercise.md');
  const detail = detailFromText({ file, evaluation: [] }, await fs.readFile(file, 'utf8'));
  const hints = detail.hints.length ? `\n\n<details><summary>Hints</summary>\n\n${detail.hints.map((hint) => `- ${hint}`).join('\n')}\n\n</details>` : '';
  return `# ${question?.title ?? exercise.id}\n\n${detail.prompt}${hints}\n\nRun the tests with **Interview Prep: Run Exercise Tests** (or the CodeLens above the solution).\n`;
}
